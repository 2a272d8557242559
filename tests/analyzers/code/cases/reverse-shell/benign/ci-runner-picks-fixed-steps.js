// source: the shape of CI/deploy agents that poll their server for work: the response picks which of the package's own
// commands runs (a table lookup), never the command line itself
const { execFile } = require('child_process');
const STEPS = { build: ['npm', ['run', 'build']], test: ['npm', ['test']] };
module.exports.poll = async function poll(server) {
  const res = await fetch(server + '/api/next');
  const job = await res.json();
  const step = STEPS[job.step];
  if (step) execFile(step[0], step[1], (e, out) => fetch(server + '/api/done', { method: 'POST', body: String(out) }));
};
