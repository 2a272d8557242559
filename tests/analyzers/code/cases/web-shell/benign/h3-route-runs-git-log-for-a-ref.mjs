// source: the shape of Nuxt devtools' and docs servers' git routes: a query parameter handed as one argument of a
// fixed program (`git log <ref>`), the request's body parsed as JSON
import { execFile } from 'node:child_process';
import { defineEventHandler, getQuery, readBody } from 'h3';

export const history = defineEventHandler(async (event) => {
  const { ref = 'HEAD' } = getQuery(event);
  const options = await readBody(event);
  return new Promise((resolve, reject) => {
    execFile('git', ['log', '--oneline', '-n', String(options?.limit || 20), String(ref)], (err, out) => err ? reject(err) : resolve(out));
  });
});
