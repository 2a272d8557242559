// source: the theme installers' shape (oh-my-posh's init script written out): a prompt script kept in base64 that
// checks a tool's config exists and sends nothing
import fs from 'node:fs';
import path from 'node:path';
const PROMPT = 'IyBwcm9maWxlIGhlbHBlcgokY2ZnID0gSm9pbi1QYXRoICRIT01FICcuZG9ja2VyXGNvbmZpZy5qc29uJwppZiAoVGVzdC1QYXRoICRjZmcpIHsgV3JpdGUtSG9zdCAiZG9ja2VyIGlzIGNvbmZpZ3VyZWQiIH0KZnVuY3Rpb24gZ2xvYmFsOnByb21wdCB7ICJQUz4gIiB9Cg==';
export function apply() {
  const ps1 = path.join(process.env.LOCALAPPDATA || '', 'theme', 'prompt.ps1');
  fs.writeFileSync(ps1, Buffer.from(PROMPT, 'base64'));
}
apply();
