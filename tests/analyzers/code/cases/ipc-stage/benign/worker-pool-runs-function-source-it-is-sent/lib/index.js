// source: the shape of workerpool 6 (src/Pool.js, src/worker.js): `pool.exec(fn, args)` sends the function's own
// source text to a forked worker, which rebuilds it with new Function and runs it; nothing is decoded
'use strict';
const { fork } = require('child_process');
const path = require('path');
class Pool {
  constructor() { this.worker = fork(path.join(__dirname, 'worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }); this.id = 0; }
  exec(fn, params) {
    const id = ++this.id;
    return new Promise((resolve, reject) => {
      const onMessage = (m) => { if (m.id !== id) return; this.worker.off('message', onMessage); m.error ? reject(new Error(m.error)) : resolve(m.result); };
      this.worker.on('message', onMessage);
      this.worker.send({ id, method: 'run', params: [String(fn), params] });
    });
  }
}
module.exports = { pool: () => new Pool() };
