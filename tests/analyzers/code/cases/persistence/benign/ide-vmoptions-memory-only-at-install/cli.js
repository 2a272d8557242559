// expect: clean
// source: the look-alike: an IDE memory tuner that writes heap and GC options into JetBrains IDEs' user .vmoptions; it
// loads no agent into the IDE; written here
const fs = require('fs'), os = require('os'), path = require('path');
function targets() {
  const root = path.join(os.homedir(), '.config', 'JetBrains');
  return fs.existsSync(root) ? fs.readdirSync(root).map((d) => path.join(root, d, 'idea64.vmoptions')) : [];
}
const gb = Math.round(os.totalmem() / 1024 ** 3);
for (const file of targets()) fs.appendFileSync(file, `-Xmx${gb >= 16 ? 4096 : 2048}m\n-XX:+UseG1GC\n`);
