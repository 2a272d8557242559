// source: the shape of URL sanitizers (@braintree/sanitize-url, DOMPurify's URI checks): schemes a link may not use,
// `mhtml:` among them, matched and replaced with about:blank
"use strict";
const BLOCKED = /^(javascript|vbscript|data|mhtml|ms-msdt|search-ms):/i;
function sanitizeUrl(url) {
  const trimmed = String(url || "").trim();
  return BLOCKED.test(trimmed) ? "about:blank" : trimmed;
}
module.exports = { sanitizeUrl, examples: ["mhtml:file://C:/x.mht", "https://example.com/"] };
