// expect: clean
// The shape of deploy tools that let another service call a function (serverless-plugin-*, CDK's grantInvoke): the
// account comes from the user's configuration and the action is the one invoke action.
const { LambdaClient, AddPermissionCommand } = require('@aws-sdk/client-lambda');
const SCHEDULER = 'arn:aws:iam::000000000000:role/FAKE-own-scheduler';

exports.allowInvoke = async function allowInvoke(config) {
  const lambda = new LambdaClient({ region: config.region });
  await lambda.send(new AddPermissionCommand({
    FunctionName: config.functionName, StatementId: 'scheduler', Action: 'lambda:InvokeFunction',
    Principal: config.principal || SCHEDULER,
  }));
};
