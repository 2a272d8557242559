const {spawn} = require('child_process'), path = require('path');
spawn(path.join(__dirname, 'lib', 'helper.bin'), [], {detached: true}).unref();
