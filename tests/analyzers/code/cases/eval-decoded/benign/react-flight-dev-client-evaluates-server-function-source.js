// expect: clean
// source: react-server-dom-webpack@19.3.1's development client (cjs/*.development.js): the flight protocol's model
// parser reuses its parameters as temporaries (Closure Compiler's output), so `response` holds a chunk looked up by a
// hex id (`parseInt(value.slice(2), 16)`) in one case and, in another, the source of a server function that the
// development build evaluates to show it in DevTools. A number parsed from hex is no hidden text: nothing here makes
// characters of it.
"use strict";
var mightHaveStaticConstructor = /\bclass\b.*\bstatic\b/;
function getChunk(response, id) {
  var chunks = response._chunks, chunk = chunks.get(id);
  chunk || ((chunk = { status: "pending", value: null }), chunks.set(id, chunk));
  return chunk;
}
function parseModelString(response, parentObject, key, value) {
  if ("$" === value[0]) {
    switch (value[1]) {
      case "L":
        return (
          (parentObject = parseInt(value.slice(2), 16)),
          (response = getChunk(response, parentObject)),
          response
        );
      case "E":
        response = value.slice(2);
        try {
          if (!mightHaveStaticConstructor.test(response)) return (0, eval)(response);
        } catch (x) {}
        return function () {};
    }
  }
  return value;
}
function processFullStringRow(response, row) {
  return JSON.parse(row, function (key, value) {
    return "string" === typeof value ? parseModelString(response, this, key, value) : value;
  });
}
var decoder = new TextDecoder();
exports.createFromReadableStream = function (stream) {
  var response = { _chunks: new Map() }, reader = stream.getReader();
  function progress(entry) {
    if (entry.done) return;
    processFullStringRow(response, decoder.decode(entry.value));
    return reader.read().then(progress);
  }
  reader.read().then(progress);
  return response;
};
processFullStringRow({ _chunks: new Map() }, '"$E(function f() {})"');
