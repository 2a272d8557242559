// expect: clean
// source: the shape of Docker context switchers (docker-ctx-switch, dctx): the current context in ~/.docker/config.json
// set to one the user names, whose host the user gave (a local socket by default)
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const LOCAL = 'unix:///var/run/docker.sock';

function dockerDir() {
  return process.env.DOCKER_CONFIG || join(homedir(), '.docker');
}

export function useContext(name, host = LOCAL) {
  const file = join(dockerDir(), 'config.json');
  let cfg = {};
  try { cfg = JSON.parse(readFileSync(file, 'utf8')); } catch {}
  cfg.currentContext = name;
  writeFileSync(file, JSON.stringify(cfg, null, '\t'));
  return { name, host };
}
