// expect: clean
module.exports = function queue(worker, concurrency) { return { push(task, done) { worker(task, done); }, concurrency }; };
