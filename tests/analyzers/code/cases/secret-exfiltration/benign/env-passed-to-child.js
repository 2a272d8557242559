// Spawn options are not a loot bag.
const cp = require('child_process'), https = require('https');
cp.spawn('git', [], {env: process.env});
https.get('https://api.example/v');
