// source: a hardware-wallet udev installer (the usual shape of ledger/trezor rules): permission rules, and a RUN key
// that only sets a mode; nothing downloaded, decoded or piped into a shell
'use strict';
const fs = require('fs');
const rules = [
  'SUBSYSTEM=="usb", ATTRS{idVendor}=="2c97", MODE="0660", TAG+="uaccess", TAG+="udev-acl"',
  'KERNEL=="hidraw*", ATTRS{idVendor}=="2c97", MODE="0660", RUN+="/bin/chmod 0660 /dev/%k"',
].join('\n');
module.exports = function install() { fs.writeFileSync('/etc/udev/rules.d/20-hw1.rules', rules + '\n'); };
