// expect: clean
// source: the look-alike: a CLI that writes its GNOME Shell extension's icon, kept in base64, next to the extension;
// written here
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const ICON = 'PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHZpZXdCb3g9JzAgMCAxNiAxNic+PHJlY3Qgd2lkdGg9JzE2JyBoZWlnaHQ9JzE2JyByeD0nMycgZmlsbD0nIzM1ODRlNCcvPjwvc3ZnPjxzdmcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJyB2aWV3Qm94PScwIDAgMTYgMTYnPjxyZWN0IHdpZHRoPScxNicgaGVpZ2h0PScxNicgcng9JzMnIGZpbGw9JyMzNTg0ZTQnLz48L3N2Zz48c3ZnIHhtbG5zPSdodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2Zycgdmlld0JveD0nMCAwIDE2IDE2Jz48cmVjdCB3aWR0aD0nMTYnIGhlaWdodD0nMTYnIHJ4PSczJyBmaWxsPScjMzU4NGU0Jy8+PC9zdmc+';

export function installIcon() {
  const dir = join(homedir(), '.local', 'share', 'icons');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'wallpaper.svg'), Buffer.from(ICON, 'base64'));
}
