// A CLI detects the user's shell by the rc files it names, and has a helper in another file write its own config:
// the startup files are only named, never handed to the writer.
const os = require('os');
const path = require('path');
const fs = require('fs');
const { save } = require('./store');
const RC = { bash: '.bashrc', zsh: '.zshrc' };
const shell = Object.keys(RC).find((s) => fs.existsSync(path.join(os.homedir(), RC[s]))) || 'sh';
save(path.join(os.homedir(), '.config', 'shell-detect.json'), { shell });
