// expect: clean
// An analytics snippet in the open: it adds its vendor's script to the page, as every tag manager does.
(function (w, d, id) {
  w.dataLayer = w.dataLayer || [];
  const s = d.createElement('script');
  s.async = true;
  s.src = 'https://metrics.vendor.example/tag.js?id=' + id;
  d.head.appendChild(s);
})(window, document, 'FAKE-TAG-1');
