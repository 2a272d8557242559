// source: the shape of SPA deploy tools that set up CloudFront origin access control: the bucket policy trusts the
// CloudFront service principal for the user's own distribution (its ARN comes from the user's settings)
'use strict';
const { S3Client, PutBucketPolicyCommand } = require('@aws-sdk/client-s3');
async function allowDistribution(bucket, distributionArn, s3 = new S3Client({})) {
  const policy = { Version: '2012-10-17', Statement: [{ Sid: 'AllowCloudFrontServicePrincipal', Effect: 'Allow',
    Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*`,
    Condition: { StringEquals: { 'AWS:SourceArn': distributionArn } } }] };
  await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));
}
module.exports = { allowDistribution };
