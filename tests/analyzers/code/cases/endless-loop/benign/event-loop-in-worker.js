// A worker's loop inside a function, waiting on each turn, and a bounded retry loop at load.
const queue = [];
async function work(next) {
  while (true) {
    const job = await next();
    if (!job) break;
    queue.push(job);
  }
}
for (;;) { if (queue.length === 0) break; queue.pop(); }
module.exports = { work };
