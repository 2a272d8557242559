// source: the shape of page-to-markdown CLIs: the page a headless browser prints is handed, as data, to a converter
// started with constant arguments (its standard input), never run as a command
const { execFile, spawn } = require('child_process');

function dumpDom(browser, url) {
  return new Promise((resolve, reject) => {
    execFile(browser, ['--headless', '--dump-dom', url], { maxBuffer: 64 << 20 }, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

async function toMarkdown(browser, url) {
  const html = await dumpDom(browser, url);
  const pandoc = spawn('pandoc', ['-f', 'html', '-t', 'gfm'], { stdio: ['pipe', 'inherit', 'inherit'] });
  pandoc.stdin.end(html);
}

module.exports = { toMarkdown };
