// source: glob@10.5.0 dist/esm/bin.mjs (its bin), trimmed: the user's SHELL, with a default, picks
// the shell that runs the user's own command. A named variable that is not a credential.
// Was reported as "new secret read" (version-diff) for `const { SHELL = 'unknown' } = process.env`.
import { foregroundChild } from 'foreground-child';
import { basename } from 'node:path';

export function run(cmd, cmdArg, stream, shell) {
  const { SHELL = 'unknown' } = process.env;
  const shellBase = basename(SHELL);
  const knownShells = ['sh', 'ksh', 'zsh', 'bash', 'fish'];
  if ((shell || /[ "']/.test(cmd)) && knownShells.includes(shellBase)) {
    const cmdWithArgs = `${cmd} "\$${shellBase === 'fish' ? 'argv' : '@'}"`;
    cmdArg.unshift(SHELL);
    cmdArg.unshift('-c', cmdWithArgs);
    stream.on('end', () => foregroundChild(SHELL, cmdArg));
  }
}
run(process.argv[2], process.argv.slice(3), process.stdin, false);
