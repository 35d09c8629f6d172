// The pages' one script, bundled (the content security policy allows no inline script and the
// dashboard works offline). It only improves server-rendered pages: without it every page and form still works.
'use strict';

// A part marked data-fetch loads its HTML fragment from this server after the page (a loading state until then).
async function fetchParts() {
  const parts = document.querySelectorAll('[data-fetch]');
  await Promise.all(Array.from(parts).map(async part => {
    try {
      const response = await fetch(part.dataset.fetch, { headers: { Accept: 'text/html' } });
      if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
      // The fragment is this server's own markup, every value escaped where it was rendered.
      part.innerHTML = await response.text();
      part.classList.remove('loading');
    } catch (e) {
      part.textContent = 'Could not load: ' + e.message;
      part.className = 'failed';
    }
    part.removeAttribute('aria-busy');
  }));
}

// A submitted form shows that it is working, and cannot be sent twice.
function markWorking() {
  document.querySelectorAll('form[method=post]').forEach(form => form.addEventListener('submit', () => {
    form.querySelectorAll('button[type=submit]').forEach(b => {
      b.classList.add('working');
      b.dataset.label = b.textContent;
      b.textContent = 'Working\u2026';
      setTimeout(() => { b.disabled = true; }, 0);
    });
  }));
}

document.addEventListener('DOMContentLoaded', async () => {
  markWorking();
  await fetchParts();
  document.body.dataset.loaded = 'true';
});
