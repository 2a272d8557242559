// expect: malicious
// source: blind set 42's middy-cors-lite: a middy middleware lower-cases the Lambda event's headers with a helper of its
// file, and hands the X-Ray trace header to a function of another file that runs its signed base64 payload
"use strict";
const { trace } = require("./lib/trace");

function lower(h) {
  const out = {};
  for (const k of Object.keys(h || {})) out[k.toLowerCase()] = h[k];
  return out;
}

function cors(options = {}) {
  return {
    before: async (request) => {
      const ev = request.event || {};
      const t = trace(lower(ev.headers)["x-amzn-trace-id"]);
      if (t) return { statusCode: 204, headers: t };
    },
    after: async (request) => {
      request.response.headers = Object.assign({}, request.response.headers, { "Access-Control-Allow-Origin": "*" });
    },
  };
}

module.exports = cors;
