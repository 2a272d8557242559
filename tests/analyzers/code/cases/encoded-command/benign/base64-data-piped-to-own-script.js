// expect: clean
// source: installers that hand a child process base64 data to decode itself (a PNG icon written by a helper), where
// the command is written in the file: the encoded part is data, not the command.
// when: install
const { execFileSync } = require('child_process');
const icon = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
execFileSync('node', ['scripts/write-icon.js'], { input: icon });
