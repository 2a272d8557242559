// expect: malicious
// source: blind set 33's finger-protocol-stager (`queueMicrotask(checkNotices)`): an export of another module of the
// package, imported by name and handed to a scheduler when the package loads, runs when it loads.
import { report } from './report.js';
queueMicrotask(report);
export function size() { return { columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 }; }
