// source: exceljs@4.4.0 dist/exceljs.bare.min.js (a browserify bundle): a base64 resource (a theme
// file) among the modules, an encrypted-workbook reader that deciphers, and regenerator-runtime's
// `Function("r", "regeneratorRuntime = r")` fallback, each in its own module function.
var theme = "UEsDBBQABgAIAAAAIQDp3g+//wAAABwCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbKyRy07DMBBF90j8g+UtSpyyQAgl6YLHjseifMDImSQW8djyTKv27xmnLRtUsUBsLNn3nnNtuV3vw2J2mNlHbSqX9WNMUjOhj8OTfX28FTdNUaKjQ4hpRofJG9Ksv7Wrj0vzyFbLzl2Jtsw3m8yP5UD5VbTQdHKsQiyc8rbTl6Wpx5Ho2fn9ovKpUSzbmVm5TLpBFhqJ3QhcOHBeaIEOUQmdk0GLo13OtV6fbA+dULdf2TthA9bq2VwgPDmrz8t3Dsd8x3pJ0aO47+CvCSKpO/ZPETmPp7CXUOMeJ8zrk6VL5g+U3i+iF1OJ/5NeyjUsu3d9VrDsu7XZDwAAAP//AwBQSwMEFAAGAAgAAAAhAKXhfnVwAAAASQEAAAsAAABfcmVscy8ucmVsc4SPzQrCMBCE74LvEHK3aT2ISNNeRPQq+gAh2bRBmYS4it/3eJO9+m3e9vM2h3FBn9Ui7QFe9SsqKMiMCvPAFX/5EQqBeHGWb4jFk8bmlpXCXTa+Tk0uA3ilRxg==";
function readEncrypted(buffer, key, iv) {
  var d = require('crypto').createDecipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([d.update(buffer), d.final()]);
}
function regenerator(r) {
  try { regeneratorRuntime = r; } catch (e) { Function('r', 'regeneratorRuntime = r')(r); }
}
module.exports = { theme: theme, readEncrypted: readEncrypted, regenerator: regenerator };
