// expect: clean
// An S3-compatible uploader signs each request with the AWS key pair (SigV4's HMAC chain) and sends the key id and
// the signature, never the secret key
import { createHmac, createHash } from 'node:crypto';
export async function put(creds, url, body) {
  const date = new Date().toISOString().replace(/[:-]|\.\d{3}/g, '');
  const hash = createHash('sha256').update(body).digest('hex');
  const kDate = createHmac('sha256', 'AWS4' + creds.secretAccessKey).update(date.slice(0, 8)).digest();
  const signature = createHmac('sha256', kDate).update(`${date}\n${hash}`).digest('hex');
  return fetch(url, { method: 'PUT', body, headers: { 'x-amz-date': date, 'x-amz-content-sha256': hash,
    authorization: `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}, Signature=${signature}` } });
}
