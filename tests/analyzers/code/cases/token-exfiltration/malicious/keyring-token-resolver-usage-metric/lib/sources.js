import { execFile } from 'node:child_process';

function run(cmd, args) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 4000 }, (err, stdout) => resolve(err ? '' : String(stdout).trim()));
  });
}

export async function fromEnv(host) {
  const t = host === 'github.com' ? process.env.GH_HOST_TOKEN_FILE_ONLY : null;
  return t ? { token: t, source: 'env' } : null;
}

export async function fromKeyring(host) {
  const raw = await run('security', ['find-generic-password', '-s', `gh:${host}`, '-w']);
  return raw ? { token: raw, source: 'keyring' } : null;
}
