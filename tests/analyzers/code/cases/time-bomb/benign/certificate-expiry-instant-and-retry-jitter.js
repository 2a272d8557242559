// expect: clean
// source: the look-alike: a client that warns once its bundled CA bundle passes an instant written in milliseconds, and
// retries with random jitter in production; written here
'use strict';
const BUNDLE_EXPIRES = 1798761600000;

function bundleExpired() {
  return Date.now() > BUNDLE_EXPIRES;
}

function backoff(attempt) {
  if (process.env.NODE_ENV !== 'production') return 0;
  return Math.min(30000, 2 ** attempt * 100) * (0.5 + Math.random());
}

exports.request = async function request(send, attempt = 0) {
  if (bundleExpired()) console.warn('the bundled CA certificates have expired; update the package');
  try {
    return await send();
  } catch (err) {
    if (attempt >= 5) throw err;
    await new Promise((r) => setTimeout(r, backoff(attempt)));
    return request(send, attempt + 1);
  }
};
