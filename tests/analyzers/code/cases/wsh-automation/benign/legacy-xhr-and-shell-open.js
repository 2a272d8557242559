// source: the shape of old cross-environment helpers (jQuery 1.x's `createActiveXHR`, a WSH `open` fallback): COM
// objects for an HTTP request and for opening a document the user picked; nothing installed, scheduled or unpacked.
function createXHR() {
  try { return new XMLHttpRequest(); } catch (e) {}
  try { return new ActiveXObject('Microsoft.XMLHTTP'); } catch (e) {}
  return null;
}

function openDocument(file) {
  var shell = new ActiveXObject('Shell.Application');
  shell.ShellExecute(file, '', '', 'open', 1);
}

module.exports = { createXHR, openDocument };
