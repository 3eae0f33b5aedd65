// The analysts' migration page (pages/migrations.html).
const token = document.getElementById('token').value;
const api = (path, options) => fetch('/pages/migrations/api' + path, Object.assign({credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'X-CareFlow-Token': token}}, options)).then(async r => ({status: r.status, body: await r.json().catch(() => ({}))}));
let chosen = {};
const text = value => String(value).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
// the page's words (its #texts element, in the reader's language); {0}, {1} ... filled in here, escaped
const words = document.getElementById('texts').dataset;
const say = (name, ...values) => text(words[name]).replace(/\{(\d+)}/g, (all, i) => text(values[Number(i)]));

async function loadDefinitions() {
  const {body} = await api('/definitions');
  let html = '';
  for (const [key, versions] of Object.entries(body)) {
    html += `<h3>${text(key)}</h3><table><tr><th>${say('version')}</th><th>${say('running')}</th><th></th></tr>`;
    for (const v of versions) {
      html += `<tr><td>${v.version}</td><td>${v.runningInstances}</td><td>
        <button data-side="source" data-id="${text(v.id)}">${say('from')}</button>
        <button data-side="target" data-id="${text(v.id)}">${say('to')}</button></td></tr>`;
    }
    html += '</table>';
  }
  document.getElementById('definitions').innerHTML = html;
}

async function choose(side, id) {
  chosen[side] = id;
  if (!chosen.source || !chosen.target) {
    document.getElementById('plan').innerHTML = say('fromTo', chosen.source || '?', chosen.target || '?');
    return;
  }
  const {status, body} = await api('/plan', {method: 'POST', body: JSON.stringify(
      {sourceDefinitionId: chosen.source, targetDefinitionId: chosen.target})});
  const rows = (body.instructions || []).map(i => `<tr><td>${text(i.source)}</td><td>${text(i.target)}</td></tr>`).join('');
  const reasons = (body.reasons || []).map(r => `<li>${text(r)}</li>`).join('');
  document.getElementById('plan').innerHTML = `<p>${say('fromTo', chosen.source, chosen.target)}</p>
    <table><tr><th>${say('activity')}</th><th>${say('mapsTo')}</th></tr>${rows}</table>` +
    (status === 200 ? `<p class="ok">${say('valid', body.runningInstances)}</p>
      <button id="migrate">${say('migrate')}</button>`
      : `<p class="refused">${say('notValid')}</p><ul class="refused">${reasons}</ul>`);
}

async function migrate() {
  const {status, body} = await api('', {method: 'POST', body: JSON.stringify(
      {sourceDefinitionId: chosen.source, targetDefinitionId: chosen.target})});
  if (status !== 202) {
    document.getElementById('progress').innerHTML = `<p class="refused">${text(body.message || (body.reasons || []).join('; '))}</p>`;
    return;
  }
  poll(body.batchId);
}

async function poll(batchId) {
  const {body} = await api('/batches/' + batchId);
  document.getElementById('progress').innerHTML = body.done
      ? `<p class="ok">${say('batchDone', batchId)}</p>`
      : `<p>${say('batchProgress', batchId, body.completed, body.total, body.failed)}</p>` +
        (body.failures || []).map(f => `<p class="refused">${text(f)}</p>`).join('');
  if (!body.done) setTimeout(() => poll(batchId), 1000); else { loadDefinitions(); loadAudit(); }
}

async function loadAudit() {
  const {body} = await api('/audit');
  document.getElementById('audit').innerHTML = `<table><tr><th>${say('when')}</th><th>${say('who')}</th><th>${say('source')}</th>
    <th>${say('target')}</th><th>${say('instances')}</th></tr>` +
    body.map(a => `<tr><td>${text(a.started_at)}</td><td>${text(a.migrated_by)}</td><td>${text(a.source_definition_id)}</td>
      <td>${text(a.target_definition_id)}</td><td>${a.instance_count}</td></tr>`).join('') + '</table>';
}

// no inline handlers: the pages' Content-Security-Policy allows scripts from the app's own files only
document.addEventListener('click', event => {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.dataset.side) choose(button.dataset.side, button.dataset.id);
  else if (button.id === 'migrate') migrate();
});

loadDefinitions();
loadAudit();
