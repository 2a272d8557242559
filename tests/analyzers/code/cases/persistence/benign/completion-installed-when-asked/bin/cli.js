#!/usr/bin/env node
// source: the shape of CLIs with a `completion install` subcommand (tabtab, the gh and npm CLIs' generators): the
// completion script goes to bash-completion's user directory only when the user types the command and says yes
const fs = require('fs'), os = require('os'), path = require('path'), readline = require('readline');
const SCRIPT = '_mycli() { COMPREPLY=($(compgen -W "build test deploy" -- "${COMP_WORDS[COMP_CWORD]}")); }\ncomplete -F _mycli mycli\n';
function installCompletion() {
  const dir = path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'bash-completion', 'completions');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question(`Install completion into ${dir}? [y/N] `, (answer) => {
    rl.close();
    if (!/^y/i.test(answer)) return;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'mycli'), SCRIPT);
  });
}
if (process.argv[2] === 'completion' && process.argv[3] === 'install') installCompletion();
else console.log('usage: mycli completion install');
