// source: blind set 16 look-alike ssm-run-cli: runs the command the user typed on the instances they chose, after
// asking; the package carries no command of its own
'use strict';
const { SSMClient, SendCommandCommand } = require('@aws-sdk/client-ssm');
module.exports = async function run(ids, command) {
  const ssm = new SSMClient({});
  return ssm.send(new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: ids, Parameters: { commands: [command] } }));
};
