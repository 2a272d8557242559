// expect: clean
// A docs plugin that shows each `npm install` command for yarn and pnpm too (npm2yarn's shape): the command changes,
// the packages stay. Its table maps npm's commands, and aliases of its own options.
const COMMANDS = { install: "add", i: "add", uninstall: "remove" };
const ALIASES = { "save-dev": "dev", "save-exact": "exact" };
const INSTALL_RE = /\bnpm (?:i|install|uninstall)((?:\s+--?[\w-]+)*)\s+([@\w./-]+(?:\s+[@\w./-]+)*)/g;
export function toYarn(line) {
  return line.replace(INSTALL_RE, (all, flags, pkgs) => `yarn ${COMMANDS.install}${flags.replace(/--save-dev/, "--" + ALIASES["save-dev"])} ${pkgs}`);
}
