// source: @storybook/core@8.6.19 dist/common/index.js and aws-cdk@3.0.0 lib/index.js (esbuild bundles of
// hundreds of modules): one module fetches (a telemetry ping, a composed Storybook's index), another
// writes a cache file, a third spawns a package manager. The bundle's top level loads them all (a hub);
// nothing else ties the three together, so they are not one download-and-run.
const fs = require('fs'), cp = require('child_process');
function require_telemetry() {
  return { ping: () => fetch('https://telemetry.storybook.example/event', { method: 'POST', body: '{}' }) };
}
function require_cache() {
  return { save: (file, data) => fs.writeFileSync(file, JSON.stringify(data)) };
}
function require_proxy() {
  return { run: (args) => cp.spawn('npm', args, { stdio: 'inherit' }) };
}
function require_m0() { return { id: 0 }; }
function require_m1() { return { id: 1 }; }
function require_m2() { return { id: 2 }; }
function require_m3() { return { id: 3 }; }
function require_m4() { return { id: 4 }; }
function require_m5() { return { id: 5 }; }
function require_m6() { return { id: 6 }; }
function require_m7() { return { id: 7 }; }
function require_m8() { return { id: 8 }; }
function require_m9() { return { id: 9 }; }
function require_m10() { return { id: 10 }; }
function require_m11() { return { id: 11 }; }
function require_m12() { return { id: 12 }; }
function require_m13() { return { id: 13 }; }
function require_m14() { return { id: 14 }; }
function require_m15() { return { id: 15 }; }
function require_m16() { return { id: 16 }; }
function require_m17() { return { id: 17 }; }
function require_m18() { return { id: 18 }; }
function require_m19() { return { id: 19 }; }
function require_m20() { return { id: 20 }; }
function require_m21() { return { id: 21 }; }
function require_m22() { return { id: 22 }; }
function require_m23() { return { id: 23 }; }
function require_m24() { return { id: 24 }; }
function require_m25() { return { id: 25 }; }
const telemetry = require_telemetry();
const cache = require_cache();
const proxy = require_proxy();
require_m0();
require_m1();
require_m2();
require_m3();
require_m4();
require_m5();
require_m6();
require_m7();
require_m8();
require_m9();
require_m10();
require_m11();
require_m12();
require_m13();
require_m14();
require_m15();
require_m16();
require_m17();
require_m18();
require_m19();
require_m20();
require_m21();
require_m22();
require_m23();
require_m24();
require_m25();
telemetry.ping();
cache.save('node_modules/.cache/sb/versions.json', { at: Date.now() });
proxy.run(['--version']);
