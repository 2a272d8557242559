// source: vite 5's loadConfigFromFile (packages/vite/src/node/config.ts): the user's vite.config.ts is bundled with
// esbuild, written next to it as a temporary .mjs file, imported and deleted, in the function the CLI calls.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
export async function loadConfigFromFile(configFile) {
  const result = await build({ entryPoints: [configFile], bundle: true, write: false, format: 'esm', platform: 'node' });
  const bundled = result.outputFiles[0].text;
  const fileNameTmp = path.join(os.tmpdir(), `vite.config.${Date.now()}.mjs`);
  fs.writeFileSync(fileNameTmp, bundled);
  try {
    return (await import(pathToFileURL(fileNameTmp).href)).default;
  } finally {
    fs.unlinkSync(fileNameTmp);
  }
}
