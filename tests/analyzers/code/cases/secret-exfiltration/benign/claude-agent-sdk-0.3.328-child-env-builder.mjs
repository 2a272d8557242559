// source: @anthropic-ai/claude-agent-sdk@0.3.328 bridge.mjs (a bundle): a function builds a child
// process's environment from every variable but the host's auth ones and keeps it in the bundle's
// shared state (through a setter with a computed key), which also holds a version that a telemetry
// request reads. The flow graph is field-insensitive (`state.version` carries all of `state`), so
// the whole environment starts where it is enumerated (the builder, which nothing on the request's
// path calls), not where `process.env` is read (a module-level alias, `ENV = process.env`).
import { spawn } from 'node:child_process';

const ENV = process.env;
const state = { version: '0.3.328' };
const set = (key, value) => { state[key] = value; };

function childEnv() {
  const out = {};
  for (const [k, v] of Object.entries(ENV)) if (!k.startsWith('HOST_AUTH_')) out[k] = v;
  return out;
}

export function runTool(cmd) {
  set('env', childEnv());
  return spawn(cmd, [], { env: state.env });
}

async function ping() {
  const cfg = { base: ENV.SDK_BASE_URL || 'https://api.vendor.example' };
  await fetch(`${cfg.base}/v1/ping`, { method: 'POST', body: JSON.stringify({ v: state.version }) });
}
ping();
