// source: the shape of a React Native profiler's native setup (flipper/reactotron-style): it copies its own agent
// library into jniLibs and writes its config, which connects to the developer's machine by a host the user sets;
// no Frida Gadget interaction block.
const fs = require('fs');
const path = require('path');

function install(projectRoot, host) {
  const dst = path.join(projectRoot, 'android', 'app', 'src', 'main', 'jniLibs', 'arm64-v8a');
  fs.copyFileSync(path.join(__dirname, 'native', 'libprofiler.so'), path.join(dst, 'libprofiler.so'));
  fs.writeFileSync(path.join(projectRoot, 'profiler.json'), JSON.stringify({ host: host || 'localhost', port: 8097 }));
}

module.exports = { install };
