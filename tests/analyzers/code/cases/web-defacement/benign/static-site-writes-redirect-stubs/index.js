// An Eleventy plugin: after the build it writes a redirect stub for every moved page and one constant 404 page.
const fs = require('fs');
const path = require('path');
const NOT_FOUND = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>404</h1><p>The page you are looking for does not exist. <a href="/">Go home</a>.</p></main></body></html>`;
module.exports = function (eleventyConfig, { redirects = {} } = {}) {
  eleventyConfig.on('eleventy.after', ({ dir }) => {
    for (const [from, to] of Object.entries(redirects)) {
      const file = path.join(dir.output, from, 'index.html');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `<!doctype html><meta http-equiv="refresh" content="0; url=${to}"><link rel="canonical" href="${to}">`);
    }
    const pages = fs.readdirSync(dir.output).filter((f) => f.endsWith('.html'));
    if (!pages.includes('404.html')) fs.writeFileSync(path.join(dir.output, '404.html'), NOT_FOUND);
  });
};
