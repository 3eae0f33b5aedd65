/*
 * CareFlow: every task is about a named child. Tasklist shows, in each task card of its list, the
 * child's name, age, village, case number, risk and the task's due date, and on the opened task,
 * above the form, the child's card with the way to the child's record.
 *
 * The cards come from the app (GET /pages/child-cards?taskId=...), in Tasklist's own session: the
 * app answers only for the tasks the signed-in user may read, from its own records, and writes each
 * card to the read audit. The cards of one page of the list are asked for in one request. Text is
 * set as text, never as markup. Loaded by tasklist/scripts/config.js as a custom script.
 */
const TEXT = {
  zh: {age: n => n + '岁', due: '截止', overdue: '已逾期', record: '查看儿童档案', situation: '报告的情况',
    lastVisit: '上次走访', noVisit: '还没有走访记录'},
  en: {age: n => n + ' yrs', due: 'Due', overdue: 'overdue', record: "The child's record", situation: 'Situation reported',
    lastVisit: 'Last visit', noVisit: 'No visit recorded yet'}
};

function language() {
  const chosen = (navigator.languages && navigator.languages[0]) || navigator.language || 'zh';
  return chosen.split('-')[0].toLowerCase() === 'en' ? 'en' : 'zh';
}

const text = TEXT[language()];
const cards = new Map();
let waiting = new Map();
let timer = null;

function ask(taskIds) {
  const query = taskIds.map(id => 'taskId=' + encodeURIComponent(id)).join('&');
  return fetch('/pages/child-cards?' + query, {
    credentials: 'same-origin', redirect: 'error',
    headers: {'Accept': 'application/json', 'Accept-Language': language()}
  }).then(answer => (answer.ok ? answer.json() : {cards: []}))
    .then(body => body.cards || [])
    .catch(() => []);
}

/** The card of a task, asked for together with the other cards wanted in the same moment. */
function cardOf(taskId) {
  if (cards.has(taskId)) {
    return cards.get(taskId);
  }
  const promise = new Promise(resolve => {
    waiting.set(taskId, resolve);
    if (!timer) {
      timer = setTimeout(() => {
        const batch = waiting;
        waiting = new Map();
        timer = null;
        ask([...batch.keys()]).then(found => {
          const byTask = new Map(found.map(card => [card.taskId, card]));
          batch.forEach((done, id) => done(byTask.get(id) || null));
        });
      }, 30);
    }
  });
  cards.set(taskId, promise);
  return promise;
}

function element(tag, className, content) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (content !== undefined && content !== null) {
    node.textContent = content;
  }
  return node;
}

function due(card) {
  if (!card.due) {
    return null;
  }
  const when = card.due.replace('T', ' ').substring(0, 16);
  return element('span', 'careflow-due' + (card.overdue ? ' overdue' : ''),
    text.due + ' ' + when + (card.overdue ? ' (' + text.overdue + ')' : ''));
}

function risk(card) {
  return card.riskLevel ? element('span', 'careflow-risk careflow-risk-' + card.riskLevel.toLowerCase(), card.riskLabel) : null;
}

function summary(card) {
  const first = element('div', 'careflow-child-line');
  first.append(element('strong', 'careflow-child-name', card.childName), ' ',
    element('span', null, text.age(card.age) + ' · ' + card.villageName));
  const r = risk(card);
  if (r) {
    first.append(' ', r);
  }
  const second = element('div', 'careflow-child-line');
  second.append(element('span', 'careflow-case', card.caseNumber));
  const d = due(card);
  if (d) {
    second.append(' · ', d);
  }
  return [first, second];
}

function renderListCard(node, taskId) {
  const box = element('div', 'careflow-child-card');
  node.appendChild(box);
  cardOf(taskId).then(card => {
    if (card) {
      box.append(...summary(card));
    }
  });
}

function renderDetail(container, card) {
  const box = element('section', 'careflow-child-card careflow-child-detail');
  box.dataset.taskId = card.taskId;
  box.append(...summary(card));
  if (card.situation) {
    const line = element('div', 'careflow-child-line');
    line.append(element('strong', null, text.situation + ': '), element('span', null, card.situation));
    box.append(line);
  }
  if (card.withHistory) {
    const line = element('div', 'careflow-child-line');
    line.append(element('strong', null, text.lastVisit + ': '));
    const visit = card.lastVisit;
    line.append(element('span', null, visit
      ? visit.date + ' · ' + (visit.byName || visit.byUserId || '') + ' · ' + (visit.notes || '') : text.noVisit));
    box.append(line);
  }
  const link = element('a', 'careflow-child-link', text.record);
  link.href = card.childPage;
  link.target = '_blank';
  link.rel = 'noopener';
  box.append(link);
  container.parentElement.insertBefore(box, container);
}

/** On the opened task: the child's card above the form's tabs. */
function showOpenedTask() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  const tabs = document.querySelector('.tabbed-content');
  document.querySelectorAll('.careflow-child-detail').forEach(old => {
    if (!match || old.dataset.taskId !== decodeURIComponent(match[1])) {
      old.remove();
    }
  });
  if (!match || !tabs) {
    return;
  }
  const taskId = decodeURIComponent(match[1]);
  if (document.querySelector('.careflow-child-detail') || tabs.dataset.careflowAsked === taskId) {
    return;
  }
  tabs.dataset.careflowAsked = taskId;
  cardOf(taskId).then(card => {
    const still = /[?&]task=([^&]+)/.exec(window.location.hash);
    if (card && still && decodeURIComponent(still[1]) === taskId && !document.querySelector('.careflow-child-detail')) {
      renderDetail(tabs, card);
    }
  });
}

new MutationObserver(showOpenedTask).observe(document.documentElement, {childList: true, subtree: true});
window.addEventListener('hashchange', showOpenedTask);

export default [{
  id: 'careflow-child-card',
  pluginPoint: 'tasklist.card',
  priority: 100,
  render: (node, {taskId}) => renderListCard(node, taskId)
}];
