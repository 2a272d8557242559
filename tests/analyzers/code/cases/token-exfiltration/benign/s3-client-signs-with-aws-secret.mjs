// An S3 upload helper reads the AWS keys through an alias of process.env and signs its request to the bucket's
// amazonaws.com endpoint: the secret signs, it is not sent.
import { createHmac } from "node:crypto";
export async function put(bucket, key, body) {
  const e = process.env;
  const signature = createHmac("sha256", e.AWS_SECRET_ACCESS_KEY).update(`PUT\n/${key}`).digest("hex");
  return fetch(`https://${bucket}.s3.amazonaws.com/${key}`, { method: "PUT", body,
    headers: { authorization: `AWS4-HMAC-SHA256 Credential=${e.AWS_ACCESS_KEY_ID}, Signature=${signature}`, "x-amz-security-token": e.AWS_SESSION_TOKEN || "" } });
}
