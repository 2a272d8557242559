// expect: clean
// source: timers-browserify 1.4.2's example bundle (browserify 1): each module is a string literal of its code, written
// with \n escapes, handed to Function when the bundle loads; the code is in the file, only escaped
var modules = {};
require.define = function (name, fn) { modules[name] = fn; };

require.define("path", Function(
    [ 'require', 'module', 'exports', '__dirname', '__filename' ],
    "function filter (xs, fn) {\n    var res = [];\n    for (var i = 0; i < xs.length; i++) {\n        if (fn(xs[i], i, xs)) res.push(xs[i]);\n    }\n    return res;\n}\n//@ sourceURL=path"
));

require.define("/main.js", Function(
    [ 'require', 'module', 'exports', '__dirname', '__filename' ],
    "var timers = require('timers');\n\nvar obj = {\n  start: function() {\n    console.log('Timer should start');\n  }\n};\n//@ sourceURL=/main.js"
));
