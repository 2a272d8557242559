// expect: clean
// A config loader (Vite's shape): it bundles the user's config file, writes the result beside it in the temporary
// directory and imports it by file URL, in a function the tool calls.
import { writeFile, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
export async function loadConfig(configPath) {
  const out = await build({ entryPoints: [configPath], bundle: true, write: false, format: "esm", platform: "node" });
  const file = join(tmpdir(), `config-${Date.now()}.mjs`);
  await writeFile(file, out.outputFiles[0].text);
  try { return (await import(pathToFileURL(file).href)).default; } finally { await unlink(file); }
}
