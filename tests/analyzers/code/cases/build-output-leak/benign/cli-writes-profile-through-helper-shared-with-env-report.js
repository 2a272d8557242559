// source: the shape of wrangler 4.164.0's bundled CLI (MIT/Apache-2.0): a JSON helper shared by a diagnostics report
// of the environment and by the code that writes a CPU profile beside the project; the flow merges the helper's
// return for both callers, but the profile's function reaches no read of process.env.
const fs = require('fs');
const path = require('path');
const https = require('https');
function toJSON(value) { return JSON.stringify(value); }
function diagnostics() { return toJSON({ env: process.env, argv: process.argv }); }
async function writeStartupProfile(profile) {
  const file = path.join(process.cwd(), '.wrangler', 'tmp', 'worker.cpuprofile');
  fs.writeFileSync(file, toJSON(profile));
  return file;
}
https.get('https://telemetry.wrangler-example.example/v1/ping', (r) => r.resume()).on('error', () => {});
writeStartupProfile({ nodes: [] });
module.exports = { diagnostics };
