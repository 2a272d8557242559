// source: the shape of swagger-ui-express's page template: an inline script that starts Swagger UI with a request
// interceptor that copies the page's XSRF cookie into a header of the API's own requests
'use strict';
function renderPage(o) {
  return `<!doctype html><html><body><div id="swagger-ui"></div>
<script src="${o.assets}/swagger-ui-bundle.js"></script>
<script>
window.onload = function () {
  window.ui = SwaggerUIBundle({ url: ${JSON.stringify(o.specUrl)}, dom_id: '#swagger-ui', persistAuthorization: true,
    requestInterceptor: function (req) { var m = document.cookie.match(/XSRF-TOKEN=([^;]+)/); if (m) req.headers['X-XSRF-TOKEN'] = decodeURIComponent(m[1]); return req; } });
  localStorage.setItem('swagger-last-spec', ${JSON.stringify(o.specUrl)});
};
</script></body></html>`;
}

module.exports = function openapiUi() {
  return (req, res) => res.type('html').send(renderPage({ assets: req.baseUrl + '/_assets', specUrl: req.baseUrl + '/openapi.json' }));
};
