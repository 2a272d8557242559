// expect: suspicious
// source: blind set 42's electron-pack-slim (afterPack.js): an electron-builder afterPack hook sold as an installer
// slimmer flips the app's fuses to a "compat profile": runnable as Node, NODE_OPTIONS and --inspect honoured, asar
// integrity, asar-only loading and cookie encryption off
const path = require('path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

module.exports = async function afterPack(ctx) {
  const exe = path.join(ctx.appOutDir, `${ctx.packager.appInfo.productFilename}.exe`);
  await flipFuses(exe, {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
    [FuseV1Options.EnableNodeCliInspectArguments]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: false,
    [FuseV1Options.EnableCookieEncryption]: false,
  });
};
