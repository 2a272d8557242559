// source: @serverless/utils-china@1.1.7 library/tencent-cloud/client.js: the client keeps
// `{ SecretId, SecretKey }` together; a signed request carries the SecretId (the key's public id)
// and an HMAC made with the SecretKey. Another field of an object that holds a key is not the key.
const https = require('https'), crypto = require('crypto'), qs = require('querystring');
class TencentCloudClient {
  constructor(credentials, service) {
    this.credentials = { SecretId: credentials.SecretId, SecretKey: credentials.SecretKey };
    this.service = service;
  }
  query(data) {
    const param = Object.assign({ Nonce: Math.random(), SecretId: this.credentials.SecretId }, data);
    param.Signature = crypto.createHmac('sha1', this.credentials.SecretKey).update(JSON.stringify(param)).digest('base64');
    return qs.stringify(param);
  }
  request(data) {
    return new Promise((resolve) => https.get({ hostname: this.service.host, path: `/?${this.query(data)}` }, resolve));
  }
}
module.exports = (credentials, service, data) => new TencentCloudClient(credentials, service).request(data);
