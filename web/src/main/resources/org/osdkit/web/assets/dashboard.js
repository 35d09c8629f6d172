// Fills the landing page from the JSON API, so the page shows what the API says, never a copy.
(async function () {
  const status = document.getElementById('status');
  try {
    const response = await fetch('/api/v1/health');
    const health = await response.json();
    status.textContent = health.status;
    status.className = health.status;
    document.getElementById('version').textContent = health.version;
    document.getElementById('database').textContent = health.database.kind + (health.database.reachable ? '' : ' (not answering)');
  } catch (e) {
    status.textContent = 'DOWN: ' + e;
    status.className = 'DOWN';
  }
})();
