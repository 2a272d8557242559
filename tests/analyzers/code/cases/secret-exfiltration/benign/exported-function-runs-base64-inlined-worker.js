// source: the shape of libraries that inline a web worker's code as base64 (bundler "inline worker" plugins): an
// exported function decodes it and starts the worker; the worker computes and posts back, nothing else.
'use strict';
const WORKER = 'c2VsZi5vbm1lc3NhZ2UgPSAoZSkgPT4geyBjb25zdCBuID0gZS5kYXRhOyBsZXQgYSA9IDAsIGIgPSAxOyBmb3IgKGxldCBpID0gMDsgaSA8IG47IGkrKykgW2EsIGJdID0gW2IsIGEgKyBiXTsgc2VsZi5wb3N0TWVzc2FnZShhKTsgfTsgY29uc3QgdCA9IHR5cGVvZiByZXF1aXJlID09PSAnZnVuY3Rpb24nICYmIHJlcXVpcmUoJ3dvcmtlcl90aHJlYWRzJyk7';
exports.fib = function fib(n) {
  const src = Buffer.from(WORKER, 'base64').toString('utf8');
  const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
  const w = new Worker(url);
  return new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); w.postMessage(n); });
};
