// source: nx@17.2.8 src/utils/fileutils.js, src/tasks-runner/task-env.js, src/utils/cache-directory.js and
// src/nx-cloud/update-manager.js: one JSON/text reader serves every module; the task runner reads the
// workspace's .env files with it to set the tasks' environment, and the cloud client reads nx.json with
// it to find the cache directory it hashes and reports. The .env content never reaches the request.
exports.loadTaskEnv = require('./src/utils/task-env').loadTaskEnv;
exports.verify = require('./src/cloud/update-manager').verifyCurrentBundle;
