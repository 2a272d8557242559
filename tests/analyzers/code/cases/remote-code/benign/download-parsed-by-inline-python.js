// when: install
// source: the shape of native-module installers that ask the system Python about a downloaded manifest:
// the inline code reads its standard input as JSON and prints one field, it runs nothing it read
'use strict';
const https = require('https');
const { spawn } = require('child_process');

https.get('https://downloads.example/manifest.json', (res) => {
  const py = spawn('python3', ['-c', 'import json,sys; print(json.load(sys.stdin)["abi"])'], { stdio: ['pipe', 'inherit', 'inherit'] });
  res.pipe(py.stdin);
});
