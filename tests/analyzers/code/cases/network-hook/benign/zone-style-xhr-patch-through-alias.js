// source: the shape of zone.js / sinon's fake XHR: the prototype's open and send patched through an alias to
// allow: medium (a hook is reported at medium, low confidence, as for a direct XMLHttpRequest.prototype.open write)
// track pending requests; nothing is sent anywhere but where the page asked
var pending = 0;
function patchXhr() {
  var proto = XMLHttpRequest.prototype, open = proto.open, send = proto.send;
  proto.open = function (method, url) { this.__url = url; return open.apply(this, arguments); };
  proto.send = function () { pending++; this.addEventListener('loadend', function () { pending--; }); return send.apply(this, arguments); };
}
module.exports = { patchXhr: patchXhr, pending: function () { return pending; } };
