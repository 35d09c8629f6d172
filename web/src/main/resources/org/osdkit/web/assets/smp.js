// The cleanup progress page: while the run goes on in the server, poll its bounded JSON progress route and
// redraw the counts and the per-store table. Bundled (the content security policy allows no inline script);
// without it the page still shows the state it was rendered with, and reloading it shows the newest.
'use strict';

function cell(row, text, css) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '' : String(text);
  if (css) td.className = css;
  row.appendChild(td);
}

function size(n) {
  if (n < 1024) return n + ' B';
  const units = ['KB', 'MB', 'GB', 'TB', 'PB'];
  let v = n; let u = -1;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return v.toFixed(1) + ' ' + units[u];
}

function tail(path) {
  const p = (path || '').replace(/\\/g, '/');
  const last = p.lastIndexOf('/');
  const before = last <= 0 ? -1 : p.lastIndexOf('/', last - 1);
  return before < 0 ? p : '\u2026' + p.substring(before);
}

function draw(box, p) {
  box.dataset.state = p.state;
  document.getElementById('progress-state').textContent = p.state;
  document.getElementById('progress-done').textContent = p.done;
  document.getElementById('progress-planned').textContent = p.planned;
  document.getElementById('progress-bytes').textContent = size(p.bytesDeleted);
  const problem = document.getElementById('progress-problem');
  if (p.job && p.job.problem) { problem.textContent = p.job.problem; problem.hidden = false; }
  const body = document.querySelector('#steps tbody');
  body.textContent = '';
  p.steps.forEach(s => {
    const row = document.createElement('tr');
    row.className = 'step ' + s.state;
    row.dataset.seq = s.seq;
    cell(row, s.seq, 'num'); cell(row, s.computers); cell(row, tail(s.storePath), 'mono'); cell(row, s.state, 'state');
    cell(row, size(s.plannedBytes), 'num'); cell(row, s.bytesDeleted === null ? '' : size(s.bytesDeleted), 'num'); cell(row, s.reason);
    body.appendChild(row);
  });
}

async function poll(box) {
  for (;;) {
    try {
      const response = await fetch(box.dataset.progress + '?limit=1000', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
      draw(box, await response.json());
    } catch (e) {
      const problem = document.getElementById('progress-problem');
      problem.textContent = 'Could not read the progress: ' + e.message;
      problem.hidden = false;
      return;
    }
    if (box.dataset.state !== 'RUNNING') return;
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('progress');
  if (box && box.dataset.state === 'RUNNING') poll(box);
});
