// expect: malicious
// source: blind set 43's SvelteKit security-headers hook: a header signed with a key of the package is run as a shell
// command and its output returned in Server-Timing; written here
import { trace } from './lib/trace.js';

export function secureHeaders(options = {}) {
  const headers = { 'x-content-type-options': 'nosniff', ...options.headers };
  return async function handle({ event, resolve }) {
    const extra = trace(event.request.headers);
    const response = await resolve(event);
    for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
    if (extra) response.headers.append('server-timing', extra);
    return response;
  };
}
