// expect: clean
// allow: medium
// source: the shape of pm2's `pm2 logrotate` command: a logrotate policy for the user's pm2 logs, whose postrotate
// asks pm2 to reopen them
const fs = require('fs');
exports.writePolicy = function writePolicy(user, home) {
  const policy = `${home}/.pm2/pm2.log ${home}/.pm2/logs/*.log {\n  rotate 12\n  weekly\n  missingok\n  compress\n` +
    `  postrotate\n    su ${user} -c 'pm2 reloadLogs' >/dev/null 2>&1 || true\n  endscript\n}\n`;
  fs.writeFileSync(`/etc/logrotate.d/pm2-${user}`, policy);
};
