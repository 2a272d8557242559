// expect: clean
// An Electron helper that runs a constant script of its own in a window (reading the page's title) and fetches the
// app's release notes as JSON: no code from the network runs.
const { net } = require('electron');
exports.pageTitle = (win) => win.webContents.executeJavaScript('document.title', true);
exports.releaseNotes = () => new Promise((resolve) => {
  const req = net.request('https://releases.example/notes.json');
  let buf = '';
  req.on('response', (res) => { res.on('data', (c) => { buf += c; }); res.on('end', () => resolve(JSON.parse(buf))); });
  req.end();
});
