// expect: clean
// The shape of cache and retry helpers: an age in days from Date.now(), and a short wait loop for a lock with jitter,
// with no date fixed in the code.
const TTL_DAYS = 30;
exports.expired = (entry) => Math.floor((Date.now() - entry.created) / 864e5) > TTL_DAYS;
exports.spinLock = function spinLock(lock) {
  const until = Date.now() + 50 + Math.random() * 50;
  while (!lock.tryAcquire() && Date.now() < until) { /* wait */ }
};
