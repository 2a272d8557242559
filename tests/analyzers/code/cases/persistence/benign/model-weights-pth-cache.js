// source: the shape of model downloaders (transformers-style caches): a PyTorch checkpoint saved as
// `model.pth` in the user's cache directory is data, not a Python start-up file
const fs = require('fs');
const os = require('os');
const path = require('path');

async function download(repo) {
  const res = await fetch(`https://huggingface.co/${repo}/resolve/main/model.pth`);
  const file = path.join(os.homedir(), '.cache', 'models', repo.replace('/', '--'), 'model.pth');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

module.exports = { download };
