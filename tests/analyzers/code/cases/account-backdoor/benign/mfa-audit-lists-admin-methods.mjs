// expect: clean
// source: the look-alike: an MFA audit that lists the sign-in methods of the tenant's admins (GET only); written here
export async function auditAdmins(graph, token) {
  const roles = await graph(token, 'GET', `/directoryRoles?$filter=roleTemplateId eq '62e90394-69f5-4237-9190-012177145e10'`);
  const report = [];
  for (const role of roles.value) {
    const members = await graph(token, 'GET', `/directoryRoles/${role.id}/members`);
    for (const m of members.value) {
      report.push({ user: m.userPrincipalName, methods: await graph(token, 'GET', `/users/${m.id}/authentication/phoneMethods`) });
    }
  }
  return report;
}
