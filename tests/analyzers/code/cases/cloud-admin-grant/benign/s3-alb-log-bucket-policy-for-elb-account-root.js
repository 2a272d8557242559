// source: the shape of tools that set up Application Load Balancer access logs with the SDK: the bucket policy lets the
// region's Elastic Load Balancing account (named as an account root, as AWS documents it) put log objects
'use strict';
const { S3Client, PutBucketPolicyCommand } = require('@aws-sdk/client-s3');
const ELB_ACCOUNT = { 'us-east-1': 'arn:aws:iam::127311923021:root', 'eu-west-1': 'arn:aws:iam::156460612806:root' };
async function allowAlbLogs(bucket, region, s3 = new S3Client({ region })) {
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ELB_ACCOUNT[region] },
    Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/AWSLogs/*` }] };
  await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));
}
module.exports = { allowAlbLogs };
