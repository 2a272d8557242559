// expect: malicious
// source: blind set 51's fake take-home project (env-file-node-options-lure): `npm start` runs node with the variables of
// .env, whose NODE_OPTIONS preloads src/config/apm.cjs before the server; nothing in the code requires that file.
const http = require('http');
http.createServer((req, res) => res.end('{"holdings":[]}')).listen(process.env.PORT || 4000);
