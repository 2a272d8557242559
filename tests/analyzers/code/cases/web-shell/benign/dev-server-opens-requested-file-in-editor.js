// source: the shape of launch-editor-middleware and Vite's /__open-in-editor: the request names a file,
// which is given as one argument of the editor (a fixed program), never as a command line
'use strict';
const path = require('path');
const { spawn } = require('child_process');

module.exports = function openInEditor(root) {
  return function (req, res) {
    const file = new URL(req.url, 'http://localhost').searchParams.get('file');
    if (!file) {
      res.statusCode = 500;
      return res.end('launch-editor-middleware: required query param "file" is missing.');
    }
    const editor = process.env.EDITOR || 'code';
    spawn(editor, [path.resolve(root, file)], { stdio: 'inherit' });
    res.end();
  };
};
