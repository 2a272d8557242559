// source: the shape of config linters (asterisk/freepbx doctors, dotenv-linter style tools): lines that hold a
// password are found to warn the user about them, locally; the report the tool uploads is counts only
const fs = require('fs'), https = require('https');
function plaintextPasswords(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => /secret|password/i.test(l)).length;
}
function lint(files) {
  const found = files.map((f) => ({ file: f, plaintext: plaintextPasswords(f) }));
  for (const r of found) if (r.plaintext) console.warn(`${r.file}: ${r.plaintext} plaintext password line(s)`);
  return found;
}
function uploadStats(files) {
  const total = files.length;
  const req = https.request({ host: 'stats.lint.example', path: '/v1/runs', method: 'POST' });
  req.end(JSON.stringify({ total, tool: 'conf-lint' }));
}
module.exports = { lint, uploadStats };
