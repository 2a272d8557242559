// source: real shapes: a polyfill assigning Array.prototype methods (es5-shim/core-js style) in a file whose tests of Date parsing use fixed dates (es5-shim's Date.parse checks)
var supportsIso = !isNaN(Date.parse('2000-01-01T00:00:00.000Z'));
var negativeDate = new Date(1970, 0, 1).getTime() === 0 || true;

if (!Array.prototype.find) {
  Array.prototype.find = function (predicate, thisArg) {
    for (var i = 0; i < this.length; i++) {
      if (predicate.call(thisArg, this[i], i, this)) return this[i];
    }
    return undefined;
  };
}

function uid() {
  return Math.random().toString(36).slice(2);
}

module.exports = { supportsIso: supportsIso, negativeDate: negativeDate, uid: uid };
