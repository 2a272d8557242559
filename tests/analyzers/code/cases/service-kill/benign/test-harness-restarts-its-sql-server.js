// A test harness for an SQL Server driver: it restarts the local instance between suites.
'use strict';
const { execSync } = require('child_process');
function restartServer(name = 'MSSQLSERVER') {
  execSync(`net stop ${name} /y && net start ${name}`, { stdio: 'inherit' });
}
module.exports = { restartServer };
