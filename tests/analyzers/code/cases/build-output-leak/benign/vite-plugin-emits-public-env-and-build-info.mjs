// source: the shape of build-info plugins (vite-plugin-version-mark, webpack's build-info plugins): the package's name,
// version, commit and the variables the project marked public (VITE_*) emitted as an asset of the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default function buildInfo(options = {}) {
  const cwd = options.cwd || process.cwd();
  return {
    name: 'build-info',
    generateBundle() {
      const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
      const pub = {};
      for (const [k, v] of Object.entries(process.env)) if (k.startsWith('VITE_')) pub[k] = v;
      this.emitFile({ type: 'asset', fileName: 'build-info.json', source: JSON.stringify({ name: pkg.name, version: pkg.version, commit: process.env.GITHUB_SHA, env: pub }) });
    },
  };
}
