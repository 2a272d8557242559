// source: blind set 11's look-alike win-idle-time (koffi bindings of kernel32's GetSystemTimes/GetTickCount64, the shape of real koffi users)
const koffi = require('koffi');
const k32 = koffi.load('kernel32.dll');
const FILETIME = koffi.struct('FILETIME', { lo: 'uint32', hi: 'uint32' });
const GetSystemTimes = k32.func('bool __stdcall GetSystemTimes(_Out_ FILETIME *i, _Out_ FILETIME *k, _Out_ FILETIME *u)');
const GetTickCount64 = k32.func('uint64 __stdcall GetTickCount64()');
const GetCurrentThread = k32.func('void * __stdcall GetCurrentThread()');
function times() { const i = {}, k = {}, u = {}; GetSystemTimes(i, k, u); return { i, k, u, up: GetTickCount64(), t: GetCurrentThread() }; }
module.exports = { times };
