// expect: clean
// source: the shape of self-hosted usage reporters (a CLI's opt-in stats, an IDE plugin's diagnostics): the host,
// user and home directory sent from a function the application calls, to the collector the code names in the open
const os = require('os');

const COLLECTOR = 'https://stats.term-tools.example/v1/report';

function report(event) {
  const body = JSON.stringify({ event, host: os.hostname(), user: os.userInfo().username, home: os.homedir() });
  return fetch(COLLECTOR, { method: 'POST', body });
}

module.exports = { report };
