import { readFileSync } from 'node:fs';
export function verify(file) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  return Object.values(lock.packages || {}).every((p) => !p.resolved || p.integrity);
}
