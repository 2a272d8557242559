// source: a Redis-streams job worker (the shape of bee-queue's and BullMQ's consumers): entries read with XREADGROUP name
// a task of a fixed table; the worker runs the table's function, and a fixed program with the entry's file as one argument
const { execFile } = require("child_process");
const TASKS = { thumbnail: (job) => new Promise((ok, ko) => execFile("convert", [job.file, "-resize", "200x200", job.file + ".png"], (e) => (e ? ko(e) : ok()))) };
async function work(redis, group, consumer) {
  for (;;) {
    const res = await redis.xReadGroup(group, consumer, { key: "jobs", id: ">" }, { BLOCK: 5000, COUNT: 10 });
    if (!res) continue;
    for (const m of res[0].messages) {
      const task = TASKS[m.message.task];
      if (task) await task(JSON.parse(m.message.data));
      await redis.xAck("jobs", group, m.id);
    }
  }
}
module.exports = { work };
