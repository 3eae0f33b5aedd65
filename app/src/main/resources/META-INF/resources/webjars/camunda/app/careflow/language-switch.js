/*
 * CareFlow: a language switch for Tasklist, Cockpit, Admin and Welcome (7.24 has none).
 *
 * Camunda 7.24 takes the language from navigator.languages[0] (cut at the first '-') when
 * Angular starts, and offers no way to change it in the page. Each app's config.js loads this
 * file as a custom script, which runs before Angular starts: a language chosen here (kept in
 * localStorage, per browser) stands in for the browser's. The switch is a link in the user menu
 * and in the footer (so it is there on the login page too): "English" while in Chinese,
 * "中文" while in English; choosing reloads the page.
 */
const KEY = 'careflow-language';
const LANGUAGES = ['zh', 'en'];

const chosen = window.localStorage.getItem(KEY);
if (LANGUAGES.includes(chosen)) {
  Object.defineProperty(window.navigator, 'languages', {configurable: true, get: () => [chosen]});
  Object.defineProperty(window.navigator, 'language', {configurable: true, get: () => chosen});
}

function current() {
  const language = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return language.split('-')[0].toLowerCase() === 'zh' ? 'zh' : 'en';
}

function switchLink(tag) {
  const other = current() === 'zh' ? 'en' : 'zh';
  const element = document.createElement(tag);
  element.className = 'careflow-language';
  if (tag === 'span') {
    element.style.marginLeft = '1em';
  }
  const link = document.createElement('a');
  link.href = '';
  link.lang = other;
  link.textContent = other === 'zh' ? '中文' : 'English';
  link.addEventListener('click', event => {
    event.preventDefault();
    window.localStorage.setItem(KEY, other);
    // the app's pages and the child cards follow the same choice
    document.cookie = KEY + '=' + other + '; path=/; SameSite=Lax';
    window.location.reload();
  });
  element.appendChild(link);
  return element;
}

function addSwitches() {
  document.querySelectorAll('[cam-widget-header] .account .dropdown-menu').forEach(menu => {
    if (!menu.querySelector('.careflow-language')) {
      menu.insertBefore(switchLink('li'), menu.querySelector('li.logout'));
    }
  });
  document.querySelectorAll('[cam-widget-footer] #footer-timezone').forEach(footer => {
    if (!footer.parentElement.querySelector('.careflow-language')) {
      footer.appendChild(switchLink('span'));
    }
  });
}

new MutationObserver(addSwitches).observe(document.documentElement, {childList: true, subtree: true});
