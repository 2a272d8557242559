// expect: clean
// source: ace-builds 1.45.2 (rank ~5,100), src-noconflict/mode-matlab.js: the MATLAB highlighter's builtin functions,
// one `|`-joined alternation of 18,000 characters built with `+`, which names `curl`, `env`, `getenv`, `system` and
// `eval` among thousands of others; reduced here to a shell-like language's builtins
ace.define("ace/mode/octave_highlight_rules", ["require", "exports", "module"], function (require, exports, module) {
  "use strict";
  var builtinFunctions = ("abs|cat|cd|chmod|clc|curl|cp|date|dir|disp|echo|env|eval|evalin|exist|exit|fclose|" +
    "feval|fopen|getenv|gzip|gunzip|history|hostname|keyboard|ls|mkdir|more|mv|pwd|rm|rmdir|setenv|sh|ssh|system|" +
    "tar|tic|toc|type|unix|untar|unzip|urlread|urlwrite|wget|which|who|whos|zip");
  var keywordMapper = function (text) { return builtinFunctions.split("|").indexOf(text) >= 0 ? "support.function" : "identifier"; };
  exports.OctaveHighlightRules = { start: [{ token: keywordMapper, regex: "[a-zA-Z_$][a-zA-Z0-9_$]*\\b" }] };
});
