// expect: clean
// source: the shape of dev CLIs that check a local service and then open an interactive shell for the user (a
// `db shell` command): the socket probes the port, the shell inherits the terminal
import net from "node:net";
import { spawn } from "node:child_process";

export function dbShell(port = 5432) {
  const probe = net.connect(port, "127.0.0.1");
  probe.on("connect", () => {
    probe.end();
    const sh = process.platform === "win32" ? "cmd.exe" : "/bin/sh";
    spawn(sh, ["-c", `psql -p ${port}`], { stdio: ["inherit", "inherit", "inherit"] });
  });
}
