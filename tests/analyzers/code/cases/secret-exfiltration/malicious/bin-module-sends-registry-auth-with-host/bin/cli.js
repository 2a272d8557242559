#!/usr/bin/env node
// expect: malicious
// source: BuildKit secret-mount theft (technique; 2024-2025 reports of build-time stealers): a lockfile checker run in
// a `RUN --mount=type=secret` step reads the mounted registry credentials and sends them, with the build host's
// name, to a "registry mirror health" endpoint
import { verify } from '../src/verify.js';
import '../src/mirror.js';
process.exitCode = verify(process.argv[2] || 'package-lock.json') ? 0 : 1;
