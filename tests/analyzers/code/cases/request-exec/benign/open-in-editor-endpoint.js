// source: react-dev-utils 12.0.1 launchEditorEndpoint.js + launchEditor.js: the dev server opens the file a
// request names in the user's editor (cmd.exe /C on Windows), the name passed as it is
const child_process = require('child_process');

function launchEditor(fileName, lineNumber) {
  const editor = process.env.REACT_EDITOR || 'code';
  const args = ['-g', fileName + ':' + lineNumber];
  if (process.platform === 'win32') {
    return child_process.spawn('cmd.exe', ['/C', editor].concat(args), { stdio: 'inherit' });
  }
  return child_process.spawn(editor, args, { stdio: 'inherit' });
}

module.exports = function createLaunchEditorMiddleware() {
  return function launchEditorMiddleware(req, res, next) {
    if (req.url.startsWith('/__open-stack-frame-in-editor')) {
      launchEditor(req.query.fileName, parseInt(req.query.lineNumber, 10) || 1);
      res.end();
    } else {
      next();
    }
  };
};
