'use strict';
// Ormdantic Studio: every request goes to this page's own origin with the per-run token; nothing else is loaded.
(function () {
  const body = document.body;
  const token = body.dataset.token;
  const pollMs = Number(body.dataset.poll) || 2000;
  const writes = body.dataset.writes === 'true';
  const state = { table: '', filter: '', page: 0, size: 50, total: 0, livePolls: 0 };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v; else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    opts.headers['X-Studio-Token'] = token;
    const response = await fetch(path, opts);
    const data = await response.json().catch(() => ({ message: 'HTTP ' + response.status }));
    if (!response.ok) throw new Error(data.message || ('HTTP ' + response.status));
    return data;
  }

  // tabs
  document.querySelectorAll('#tabs button').forEach((button) => {
    button.addEventListener('click', () => {
      document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b === button));
      document.querySelectorAll('.panel').forEach((p) => p.classList.toggle('active', p.id === button.dataset.tab));
      if (button.dataset.tab === 'migrations') loadMigrations();
      if (button.dataset.tab === 'history') loadHistory();
    });
  });
  document.getElementById('mode').textContent = writes ? 'writes allowed' : 'read-only';

  // 1. the model diagram (SVG laid out on the server)
  async function loadModel() {
    const data = await api('/api/model');
    document.getElementById('model-diagram').innerHTML = data.svg;
    document.getElementById('model-meta').textContent = data.tables + ' tables, ' + data.edges + ' foreign keys';
  }

  // 2. the live diagram with drift, polled
  async function pollLive() {
    try {
      const data = await api('/api/live');
      const meta = document.getElementById('live-meta');
      if (!data.available) {
        meta.textContent = data.reason;
        return;
      }
      state.livePolls++;
      document.getElementById('live-diagram').innerHTML = data.svg;
      meta.textContent = data.dialect + ' database read at ' + data.readAt + ': ' + data.added + ' added, '
        + data.removed + ' removed, ' + data.changed + ' changed';
      meta.dataset.polls = String(state.livePolls);
      const list = document.getElementById('drift-list');
      list.replaceChildren(...data.differences.map((d) => el('li', {},
        el('span', { class: 'badge badge-' + d.mark }, d.mark === 'added' ? '+ added' : d.mark === 'removed'
          ? '\u2212 removed' : '~ changed'), ' ', d.table + ': ' + d.message)));
      if (data.differences.length === 0) list.replaceChildren(el('li', {}, 'no drift: the database matches the model'));
    } catch (e) {
      document.getElementById('live-meta').textContent = 'could not read the database: ' + e.message;
    } finally {
      setTimeout(pollLive, pollMs);
    }
  }

  // 3. pending migration per dialect, with lint
  async function loadMigrations() {
    const target = document.getElementById('migrations-body');
    const meta = document.getElementById('migrations-meta');
    try {
      const data = await api('/api/migrations');
      if (!data.available) { meta.textContent = data.reason; return; }
      target.replaceChildren();
      if (data.error) {
        meta.textContent = '';
        target.append(el('p', { class: 'error' }, data.error.message));
        return;
      }
      meta.textContent = data.summary.length === 0 ? 'nothing to migrate: the database matches the model'
        : data.summary.length + ' changes from the database to the model';
      if (data.summary.length) target.append(el('ul', {}, ...data.summary.map((s) => el('li', {}, s))));
      for (const d of data.dialects) {
        const details = el('details', { 'data-dialect': d.dialect, open: '' }, el('summary', {}, d.name
          + ' (' + d.statements.length + ' statements, ' + d.lint.length + ' lint findings)'));
        if (d.error) details.append(el('p', { class: 'error' }, d.error.message));
        details.append(el('pre', {}, d.statements.length ? d.statements.join(';\n') + ';' : '-- nothing to run'));
        if (d.lint.length) {
          details.append(el('ul', { class: 'lint' }, ...d.lint.map((f) => el('li', { class: 'lint-' + f.category },
            el('code', {}, f.code), ' ' + f.category + ': ' + f.message))));
        }
        target.append(details);
      }
    } catch (e) {
      meta.textContent = 'could not plan: ' + e.message;
    }
  }

  // 4. history
  async function loadHistory() {
    const meta = document.getElementById('history-meta');
    try {
      const data = await api('/api/history');
      if (!data.available) { meta.textContent = data.reason; return; }
      meta.textContent = (data.dirty ? 'DIRTY: a migration failed part-way; repair before applying more. ' : '')
        + 'current revision ' + (data.current || '(none)') + ', ' + data.applied + ' applied';
      const rows = data.rows.map((r) => {
        const tr = el('tr', { class: (r.dirty ? 'dirty ' : '') + r.status },
          el('td', {}, r.revision), el('td', {}, r.description), el('td', {}, r.status),
          el('td', {}, r.dirty ? 'DIRTY' : ''), el('td', {}, r.appliedAt), el('td', {}, r.executionTimeMs),
          el('td', {}, r.steps));
        return tr;
      });
      document.querySelector('#history-table tbody').replaceChildren(...rows);
    } catch (e) {
      meta.textContent = 'could not read the history: ' + e.message;
    }
  }

  // 5. data browser
  async function loadTables() {
    const data = await api('/api/tables');
    const select = document.getElementById('data-table');
    select.replaceChildren(...data.tables.map((t) => el('option', { value: t.name }, t.name)));
    if (data.tables.length) { state.table = data.tables[0].name; await loadRows(); }
    else document.getElementById('data-error').textContent = 'no table to browse: add them with .browse(...)';
    document.getElementById('data-write').hidden = !data.writable || !data.tables.length;
  }

  async function loadRows() {
    const error = document.getElementById('data-error');
    error.textContent = '';
    const q = new URLSearchParams({ table: state.table, filter: state.filter, page: state.page, size: state.size });
    try {
      const data = await api('/api/rows?' + q.toString());
      state.total = data.total;
      const head = el('tr', {}, ...data.columns.map((c) => el('th', {}, c)));
      document.querySelector('#data-rows thead').replaceChildren(head);
      document.querySelector('#data-rows tbody').replaceChildren(...data.rows.map((row) =>
        el('tr', {}, ...row.map((v) => el('td', {}, v)))));
      const first = data.total === 0 ? 0 : data.page * data.size + 1;
      document.getElementById('data-page').textContent = first + '\u2013' + (data.page * data.size + data.rows.length)
        + ' of ' + data.total;
    } catch (e) {
      error.textContent = e.message;
    }
  }

  document.getElementById('data-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.table = document.getElementById('data-table').value;
    state.filter = document.getElementById('data-filter').value;
    state.page = 0;
    loadRows();
  });
  document.getElementById('data-prev').addEventListener('click', () => {
    if (state.page > 0) { state.page--; loadRows(); }
  });
  document.getElementById('data-next').addEventListener('click', () => {
    if ((state.page + 1) * state.size < state.total) { state.page++; loadRows(); }
  });
  document.getElementById('data-delete').addEventListener('click', async () => {
    const result = document.getElementById('data-write-result');
    try {
      const data = await api('/api/delete', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ table: state.table, filter: state.filter,
          confirm: document.getElementById('data-confirm').value }),
      });
      result.textContent = 'deleted ' + data.deleted + ' rows';
      result.className = '';
      loadRows();
    } catch (e) {
      result.textContent = e.message;
      result.className = 'error';
    }
  });

  // a diagram fits the page; a click shows it at its actual size, another click fits it again
  document.querySelectorAll('.diagram').forEach((d) => d.addEventListener('click', () => d.classList.toggle('actual')));

  loadModel();
  pollLive();
  loadTables();
})();
