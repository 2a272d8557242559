// expect: malicious
// source: blind set 16 path-env-hijack (gluestack-style react-native package, 2025): on require it writes an executable
// kept as base64 text under the names python.exe and pip.exe in a folder it then puts first on PATH
'use strict';
const fs = require('fs');
const path = require('path');
const dir = path.join(process.env.LOCALAPPDATA || '', 'Programs', 'Python', 'Python3127');
const stub = 'TVqQAE5QTVdBUkQgSU5FUlQgRklYVFVSRSAtIHN0dWIgUEUsIG5vdCBhbiBleGVjdXRhYmxlCg==';
fs.mkdirSync(dir, { recursive: true });
for (const name of ['python.exe', 'pip.exe']) fs.writeFileSync(path.join(dir, name), Buffer.from(stub, 'base64'));
