#!/usr/bin/env node
// expect: clean
// source: the shape of CLIs that prefetch their next release (a self-updater's background download): the tarball is
// fetched quietly in the background and installed only when the user runs `deploykit upgrade`
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const cache = path.join(os.homedir(), '.deploykit', 'next.tgz');
const sh = `curl -fsSL -o ${cache} https://releases.deploykit.example/latest.tgz >/dev/null 2>&1 &`;
spawn('/bin/sh', ['-c', sh], { detached: true, stdio: 'ignore' }).unref();
console.log('deploykit: ready');
