// expect: malicious
// source: a notification-sound player whose WAV parser module runs the low bits of the sound's first samples
// ("dither calibration") with Function on the first play (twentieth held-out set, 2026): the asset is named where it is
// played, the code is run in another module
'use strict';
const path = require('path');
const { spawn } = require('child_process');
const wav = require('./lib/wav');

function play(name = 'ding') {
  const file = path.join(__dirname, 'sounds', name + '.wav');
  wav.load(file);
  return spawn('aplay', ['-q', file], { stdio: 'ignore' });
}

module.exports = { play };
