// allow: medium
// A local dev proxy turns TLS verification off for its upstream when started with --insecure, and says so: Node's
// warning is left alone.
if (process.argv.includes('--insecure')) {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  console.warn('warning: TLS certificate verification is off (--insecure)');
}
module.exports = { start: (port) => require('http').createServer().listen(port) };
