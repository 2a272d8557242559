// source: Redis backup helpers (rdb rotation scripts): the dump goes to a backup directory under a
// dated .rdb name, where Redis is expected to write.
module.exports = async function snapshot(redis, when = new Date()) {
  await redis.config('SET', 'dir', '/var/backups/redis');
  await redis.config('SET', 'dbfilename', `dump-${when.toISOString().slice(0, 10)}.rdb`);
  await redis.bgsave();
};
