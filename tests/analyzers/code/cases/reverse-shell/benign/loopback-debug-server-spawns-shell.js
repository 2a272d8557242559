// source: the shape of local debugging helpers (nodemon's and some test runners' control sockets): a server on
// 127.0.0.1 that gives the developer a shell in the project, reachable from this machine only.
"use strict";
const net = require("net");
const { spawn } = require("child_process");
module.exports = function debugShell(port = 5555) {
  const server = net.createServer((socket) => {
    const shell = spawn(process.env.SHELL || "/bin/sh", ["-i"], { cwd: process.cwd(), stdio: "pipe" });
    socket.pipe(shell.stdin);
    shell.stdout.pipe(socket);
    shell.on("exit", () => socket.end());
  });
  server.listen(port, "127.0.0.1");
  return server;
};
