// source: is-online / get-port shape: node:dns/promises used to check resolution of fixed names, nothing about the host sent
import { lookup } from 'node:dns/promises';
import os from 'node:os';

export async function hasIPv6Localhost() {
  try {
    const { family } = await lookup('localhost', { family: 6 });
    return family === 6;
  } catch {
    return false;
  }
}

export const platform = `${os.platform()}-${os.arch()}`;
