// expect: clean
// source: pg 8.8.0's lib/connection.js (in the stacks corpus) and @neondatabase/serverless 1.x's bundle of it (rank
// ~5,300, read as sending a key over its WebSocket at load): a query is cancelled by sending the server back the
// `processID` and `secretKey` of its BackendKeyData message, on a second connection to the same server
'use strict';
const net = require('net');
const { EventEmitter } = require('events');

const serialize = {
  cancel(processID, secretKey) {
    const buf = Buffer.alloc(16);
    buf.writeInt32BE(16, 0); buf.writeInt16BE(1234, 4); buf.writeInt16BE(5678, 6);
    buf.writeInt32BE(processID, 8); buf.writeInt32BE(secretKey, 12);
    return buf;
  },
};

class Connection extends EventEmitter {
  constructor(config) { super(); this.stream = new net.Socket(); this.config = config; }
  connect(port, host) { this.stream.connect(port, host); }
  _send(buffer) { return this.stream.write(buffer); }
  cancel(processID, secretKey) { this._send(serialize.cancel(processID, secretKey)); }
  handleBackendKeyData(msg) { this.processID = msg.processID; this.secretKey = msg.secretKey; }
}

function cancelQuery(client) {
  const con = new Connection(client.config);
  con.connect(client.port, client.host);
  con.on('connect', () => con.cancel(client.processID, client.secretKey));
}

module.exports = { Connection, cancelQuery };
