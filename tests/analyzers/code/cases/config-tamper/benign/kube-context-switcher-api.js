// source: the shape of kubectx-style libraries: the application asks to switch context and the library
// rewrites ~/.kube/config; the only URL is its documentation, written in the open
const fs = require('fs');
const os = require('os');
const path = require('path');
const yaml = require('js-yaml');

const DOCS = 'https://docs.kube-tools.example/contexts';

function kubeconfig() {
  return process.env.KUBECONFIG || path.join(os.homedir(), '.kube', 'config');
}

function useContext(name) {
  const file = kubeconfig();
  const raw = yaml.load(fs.readFileSync(file, 'utf8'));
  if (!raw.contexts.some((c) => c.name === name)) throw new Error(`no context ${name}; see ${DOCS}`);
  raw['current-context'] = name;
  fs.writeFileSync(file, yaml.dump(raw));
}

module.exports = { useContext };
