// allow: medium
// A process manager's `startup` command, run by the user, writes a systemd unit that starts the manager's own daemon
// at boot: nothing in it downloads or runs code from the network.
const { execFileSync } = require('child_process');
function startup(user) {
  const unit = `[Unit]\nDescription=taskd\n[Service]\nUser=${user}\nExecStart=/usr/local/bin/taskd resurrect\n[Install]\nWantedBy=multi-user.target\n`;
  execFileSync('sudo', ['sh', '-c', `cat > /etc/systemd/system/taskd-${user}.service <<'EOF'\n${unit}EOF\nsystemctl enable taskd-${user}`]);
}
module.exports = { startup };
