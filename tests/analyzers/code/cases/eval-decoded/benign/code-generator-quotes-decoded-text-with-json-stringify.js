// expect: clean
// source: @pm2/blessed@0.1.81's terminfo compiler (lib/tput.js): capability strings are decoded (`\E`, `^A`, octal
// escapes through String.fromCharCode) into a buffer that the generated function's code holds as a JSON.stringify-ed
// literal; the code Function compiles pushes that text, it does not run it.
"use strict";
function compile(str) {
  var code = "var out = [];", buff = "";
  function print(c) { buff += c; }
  function clear() {
    if (buff) { code += "out.push(" + JSON.stringify(buff) + ");"; buff = ""; }
  }
  for (var i = 0; i < str.length; i++) {
    if (str[i] === "\\" && /[0-7]{3}/.test(str.slice(i + 1, i + 4))) {
      print(String.fromCharCode(parseInt(str.slice(i + 1, i + 4), 8)));
      i += 3;
    } else {
      print(str[i]);
    }
  }
  clear();
  return new Function("params", code + "return out.join('');");
}
module.exports = function capabilities(info) {
  var methods = {};
  Object.keys(info.strings).forEach(function (key) { methods[key] = compile(info.strings[key]); });
  return methods;
};
