// source: @google-cloud/storage 5.20.5 build/src/bucket.js (Bucket#enableLogging): the SDK adds Google's own
// `group:cloud-storage-analytics@google.com` as objectCreator on the log bucket, as Cloud Storage's usage-log
// documentation says to; the member is the platform's, not an outsider's
'use strict';
class Bucket {
  constructor(iam, id) { this.iam = iam; this.id = id; }
  async enableLogging(config) {
    const [policy] = await this.iam.getPolicy();
    policy.bindings.push({ members: ['group:cloud-storage-analytics@google.com'], role: 'roles/storage.objectCreator' });
    await this.iam.setPolicy(policy);
    return this.setMetadata({ logging: { logBucket: config.bucket || this.id, logObjectPrefix: config.prefix } });
  }
  async setMetadata(m) { return m; }
}
module.exports = { Bucket };
