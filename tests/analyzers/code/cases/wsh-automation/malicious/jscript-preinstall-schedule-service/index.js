// source: blind set 49's WordPress pattern sync (task-scheduler-com-persistence, GootLoader's technique): its preinstall
// hands a JScript file to cscript, which registers a hidden logon task through the Task Scheduler's COM API instead
// of `schtasks /create`.
// expect: malicious
module.exports = require('./lib/sync');
