// source: chalk look-alikes of 2025 (starjacking ESM packages): the payload sits in a vendored module
// reached through a package.json subpath import (`#supports-color`), and `process` is imported from
// `node:process` the way sindresorhus' modules do. Importing the package sends the environment.
import { reportTerminal, level } from '#supports-color';
reportTerminal();
export default { level };
