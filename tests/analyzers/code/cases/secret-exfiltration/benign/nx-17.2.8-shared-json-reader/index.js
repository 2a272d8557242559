// source: nx@17.2.8 src/utils/fileutils.js, src/tasks-runner/task-env.js, src/utils/cache-directory.js and
// src/nx-cloud/update-manager.js: one JSON/text reader serves every module; the task runner reads the
// workspace's .env files with it to set the tasks' environment, and the cloud client reads nx.json with
// it to find the cache directory it hashes and reports, and its cloud id that it sends. The reader is
// part of the request's behaviour, but the names of the files it reads for it are not secret ones:
// the .env content never reaches the request.
exports.loadTaskEnv = require('./src/utils/task-env').loadTaskEnv;
exports.verify = require('./src/cloud/update-manager').verifyCurrentBundle;
