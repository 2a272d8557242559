// source: real shapes: a date-based deprecation notice (as in request@2.88's and core-js's postinstall banners) beside a cache cleanup under node_modules/.cache (find-cache-dir users such as babel-loader)
const fs = require('fs');
const path = require('path');

const END_OF_LIFE = new Date('2024-06-30');

function warnIfPastEndOfLife() {
  if (new Date() > END_OF_LIFE) {
    console.warn('legacy-loader is no longer maintained since ' + END_OF_LIFE.toDateString());
  }
}

function clearCache(root, maxAgeDays) {
  const dir = path.join(root, 'node_modules', '.cache', 'legacy-loader');
  const stat = fs.existsSync(dir) && fs.statSync(dir);
  if (stat && Date.now() - stat.mtimeMs > maxAgeDays * 864e5) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = function loader(source) {
  warnIfPastEndOfLife();
  clearCache(process.cwd(), 7);
  return source;
};
