// source: the shape of node-redis's and ioredis's command methods: each command is a method that sends what its
// caller gives it (`replicaOf(host, port)`, `moduleLoad(path)`); the library picks no master and loads nothing.
class Commands {
  constructor(send) { this.send = send; }
  replicaOf(host, port) { return this.send(['REPLICAOF', host, String(port)]); }
  replicaOfNoOne() { return this.send(['REPLICAOF', 'NO', 'ONE']); }
  moduleLoad(path, ...args) { return this.send(['MODULE', 'LOAD', path, ...args]); }
  moduleList() { return this.send(['MODULE', 'LIST']); }
}

module.exports = { Commands };
