// Fills the dashboard from the JSON API, so the page shows what the API says, never a copy. Data is
// always inserted as text (log lines and file names can contain markup).
'use strict';

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || response.status);
  }
  return body;
}

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function localTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

// columns: [heading, row => value, optional row => css class]
function table(id, rows, columns, emptyText) {
  const target = document.getElementById(id);
  target.replaceChildren();
  if (!rows.length) {
    target.appendChild(element('p', emptyText, 'empty'));
    return;
  }
  const t = element('table');
  t.id = id + '-table';
  const head = t.createTHead().insertRow();
  columns.forEach(c => head.appendChild(element('th', c[0])));
  const body = t.createTBody();
  rows.forEach(row => {
    const tr = body.insertRow();
    columns.forEach(c => {
      const cell = element('td', c[1](row), c[2] ? c[2](row) : undefined);
      tr.appendChild(cell);
    });
  });
  target.appendChild(t);
}

async function section(id, load) {
  try {
    await load();
  } catch (e) {
    document.getElementById(id).replaceChildren(element('p', 'Could not load: ' + e.message, 'failed'));
  }
}

async function health() {
  const status = document.getElementById('status');
  try {
    const h = await api('/api/v1/health');
    status.textContent = h.status;
    status.className = h.status;
    document.getElementById('version').textContent = h.version;
    document.getElementById('database').textContent = h.database.kind + (h.database.reachable ? '' : ' (not answering)');
  } catch (e) {
    status.textContent = 'DOWN: ' + e.message;
    status.className = 'DOWN';
  }
}

const loaders = {
  packages: async () => {
    const [packages, status] = await Promise.all([api('/api/v1/drivers/packages'), api('/api/v1/drivers/distribution')]);
    const states = id => {
      const counts = {};
      status.filter(s => s.packageId === id).forEach(s => { const w = s.behind ? 'behind' : s.state; counts[w] = (counts[w] || 0) + 1; });
      return Object.entries(counts).map(([state, n]) => n + ' ' + state).join(', ') || 'not distributed';
    };
    table('packages', packages, [
      ['PackageID', p => p.id],
      ['Name', p => p.name],
      ['OS', p => p.os.name + ' ' + p.os.architecture],
      ['Drivers', p => p.drivers.length],
      ['SourceVersion', p => p.sourceVersion],
      ['PkgSourcePath', p => p.source],
      ['Distribution', p => states(p.id), p => status.some(s => s.packageId === p.id && s.state === 'DistributionFailed') ? 'ERROR' : '']
    ], 'No driver package yet (osdkit drivers package create ...).');
  },

  distribution: async () => table('distribution', await api('/api/v1/drivers/distribution'), [
    ['PackageID', s => s.packageId],
    ['Distribution Point', s => s.dpName],
    ['State', s => s.summary || s.state, s => s.state === 'DistributionFailed' ? 'ERROR' : (s.state === 'Distributed' && !s.behind ? 'OK' : 'WARNING')],
    ['SourceVersion', s => s.sourceVersion],
    ['Updated', s => localTime(s.updated)],
    ['Message', s => s.message || '']
  ], 'Nothing distributed yet (osdkit drivers distribute ...).'),

  smp: async () => table('smp', await api('/api/v1/smp/health'), [
    ['SMP', h => h.server],
    ['Status', h => h.status + (h.restoreOnly ? ' (restore-only)' : ''), h => h.status === 'NOT_CHECKED' ? 'WARNING' : h.status],
    ['Checked', h => h.checkedAt ? localTime(h.checkedAt) : 'never (osdkit smp health)'],
    ['Backlog', h => h.backlogStores + ' stores'],
    ['Overdue', h => h.overdueStores, h => h.overdueStores > 0 ? 'ERROR' : ''],
    ['Stuck captures', h => h.stuckCaptures],
    ['Stale records', h => h.staleRecords],
    ['Orphan folders', h => h.orphanFolders],
    ['Problems', h => h.problems.join(' | ')]
  ], 'No State Migration Point configured (osdkit smp settings set).'),

  diagnoses: async () => table('diagnoses', await api('/api/v1/logs/diagnoses?limit=20'), [
    ['Run', r => r.id],
    ['Finished', r => localTime(r.finishedAt)],
    ['By', r => r.actor],
    ['Inputs', r => r.inputs.join(', ')],
    ['Records', r => r.records],
    ['Errors', r => r.errors, r => r.errors > 0 ? 'ERROR' : 'OK'],
    ['Warnings', r => r.warnings, r => r.warnings > 0 ? 'WARNING' : '']
  ], 'No diagnosis run yet (osdkit logs diagnose <folder>).'),

  sites: async () => {
    const h = await api('/api/v1/sites');
    table('sites', h.sites, [
      ['SiteCode', s => s.code],
      ['Name', s => s.name],
      ['Type', s => s.type],
      ['Parent', s => s.parent || ''],
      ['Server', s => s.siteServer || ''],
      ['Version', s => s.version || '']
    ], 'No hierarchy imported (osdkit sites import <folder|file>).');
  },

  'site-changes': async () => table('site-changes', await api('/api/v1/sites/changes?limit=20'), [
    ['When', c => localTime(c.changedAt)],
    ['By', c => c.actor],
    ['Site', c => c.site],
    ['Old', c => c.oldValue],
    ['New', c => c.newValue],
    ['Backup', c => c.backupFile]
  ], 'No description changed by osdkit.'),

  activity: async () => table('activity', await api('/api/v1/audit?limit=20'), [
    ['When', a => localTime(a.at)],
    ['By', a => a.actor],
    ['Action', a => a.action],
    ['Target', a => a.target],
    ['Outcome', a => a.outcome, a => a.outcome.startsWith('failed') ? 'ERROR' : '']
  ], 'Nothing recorded yet.')
};

async function errorCode() {
  const code = new URLSearchParams(window.location.search).get('errcode');
  if (!code) return;
  document.getElementById('errcode').value = code;
  await section('errcode-result', async () => {
    const d = await api('/api/v1/logs/errcode/' + encodeURIComponent(code));
    const list = element('dl');
    list.id = 'errcode-fields';
    for (const [name, value] of Object.entries(d)) {
      if (value === null || typeof value === 'object') continue;
      list.appendChild(element('dt', name));
      list.appendChild(element('dd', value));
    }
    (d.meanings || []).forEach(m => {
      list.appendChild(element('dt', m.symbol || m.domain));
      list.appendChild(element('dd', m.message + ' [' + m.domain + (m.source ? '; ' + m.source : '') + ']'));
    });
    document.getElementById('errcode-result').replaceChildren(list);
  });
}

(async function () {
  await Promise.all([health(), errorCode(), ...Object.entries(loaders).map(([id, load]) => section(id, load))]);
  document.body.dataset.loaded = 'true';
})();
