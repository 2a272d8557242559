// expect: clean
// source: the look-alike: a SvelteKit handle hook that echoes the request id header and reports the build's git commit,
// read once by a fixed command; written here
import { execFileSync } from 'node:child_process';

let commit;
function buildCommit() {
  if (commit === undefined) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    } catch {
      commit = 'unknown';
    }
  }
  return commit;
}

export async function handle({ event, resolve }) {
  const id = event.request.headers.get('x-request-id') || crypto.randomUUID();
  const response = await resolve(event);
  response.headers.set('x-request-id', id.slice(0, 64));
  response.headers.set('x-build', buildCommit());
  if (event.url.searchParams.has('debug')) response.headers.set('server-timing', 'build;desc="' + buildCommit() + '"');
  return response;
}
