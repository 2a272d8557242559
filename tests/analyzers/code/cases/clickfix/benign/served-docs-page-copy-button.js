// allow: medium
// A docs server's install page: its inline script copies the project's own install one-liner, with the keys to paste
// it written in <kbd> tags, but no Run box, terminal or verification story: a copy button.
function installPage() {
  return `<!doctype html><html><body><h1>Install</h1>
<pre id="c">curl -fsSL https://tool.example.dev/install | bash</pre>
<button onclick="navigator.clipboard.writeText(document.getElementById('c').textContent)">Copy</button>
<p>Then check the version with <kbd>tool</kbd> <kbd>--version</kbd>.</p></body></html>`;
}
module.exports = { installPage };
