// expect: clean
// A project generator's workspace preset (the shape of create-* templates that start the dev server when the folder
// opens): the task runs the project's own script, and the docs link names its host as it is.
const DOCS = 'https://docs.example/vscode-tasks';

export function tasksJson() {
  return JSON.stringify({
    version: '2.0.0',
    tasks: [{ label: 'dev', type: 'npm', script: 'dev', detail: `see ${DOCS}`, runOptions: { runOn: 'folderOpen' } }],
  }, null, 2);
}
