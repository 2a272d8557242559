// A static-site deploy tool: it checks that the bucket the user named exists (ListBuckets), then deletes the releases
// older than the last five from that bucket.
'use strict';
const { S3Client, ListBucketsCommand, ListObjectsV2Command, DeleteObjectsCommand } = require('@aws-sdk/client-s3');
async function prune({ bucket, region, keep = 5 }) {
  const s3 = new S3Client({ region });
  const { Buckets = [] } = await s3.send(new ListBucketsCommand({}));
  if (!Buckets.some((b) => b.Name === bucket)) throw new Error(`no bucket ${bucket}`);
  return bucket;
}
async function removeOld(s3, bucket, keep) {
  const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'releases/' }));
  const old = Contents.sort((a, b) => b.LastModified - a.LastModified).slice(keep);
  if (old.length) await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: old.map((o) => ({ Key: o.Key })) } }));
}
module.exports = { prune, removeOld };
