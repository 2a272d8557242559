// source: the shape of iframe-resizer's child script (iframeResizer.contentWindow.js): the message handler reads the
// parent's commands (init, resize, reset) from the message's fields and answers with the page's height; the only
// code it runs is its own.
var parentOrigin = '*';
function height() { return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0); }
function send(type) { window.parent.postMessage({ type: type, height: height() }, parentOrigin); }
var handlers = { 'iframe:init': function (d, ev) { parentOrigin = ev.origin; send('iframe:size'); }, 'iframe:reset': function () { send('iframe:size'); } };
window.addEventListener('message', function (ev) {
  var d = ev.data;
  if (d && typeof d === 'object' && handlers.hasOwnProperty(d.type)) handlers[d.type](d, ev);
});
