// source: a monitoring vendor's CDK integration (Datadog-style): the vendor's own account is trusted
// with SecurityAudit, and a deploy role with AdministratorAccess trusts the user's own account
const VENDOR_ACCOUNT = '464622532012';
function integrate(stack, iam, cdk) {
  new iam.Role(stack, 'VendorIntegration', {
    assumedBy: new iam.AccountPrincipal(VENDOR_ACCOUNT),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('SecurityAudit')],
  });
}
function deployRole(stack, iam, cdk) {
  new iam.Role(stack, 'Deploy', {
    assumedBy: new iam.AccountPrincipal(cdk.Aws.ACCOUNT_ID),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],
  });
}
module.exports = { integrate, deployRole };
