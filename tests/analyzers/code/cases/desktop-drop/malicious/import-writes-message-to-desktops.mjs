// expect: suspicious
// source: corpus protestware-message/peacenotwar-desktop-file (peacenotwar 2022, pulled in by node-ipc 9.2.2): importing
// the module writes a text file to the Desktop and the OneDrive Desktop
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
for (const dir of [path.join(os.homedir(), 'Desktop'), path.join(os.homedir(), 'OneDrive', 'Desktop')]) {
  if (fs.existsSync(dir)) fs.writeFile(path.join(dir, 'WITH-LOVE.txt'), '[message omitted]\n', () => {});
}
