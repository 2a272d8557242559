// source: @huggingface/hub README (uploading a trained model's files with the user's own token)
const { uploadFiles } = require('@huggingface/hub');

async function publishModel(repo, token, dir) {
  return uploadFiles({
    repo: { type: 'model', name: repo },
    accessToken: token || process.env.HF_TOKEN,
    files: [
      { path: 'model.onnx', content: new URL(`file://${dir}/model.onnx`) },
      { path: 'config.json', content: new Blob([JSON.stringify({ arch: 'bert' })]) },
    ],
  });
}

module.exports = { publishModel };
