// source: Closure Compiler's ADVANCED output prelude (`$jscomp.getGlobal`, `$jscomp.polyfill`): the global object
// found by testing which exists, its built-ins read and polyfilled; the library's own work sends nothing
var $jscomp=$jscomp||{};$jscomp.scope={};
$jscomp.getGlobal=function(a){a=["object"==typeof globalThis&&globalThis,a,"object"==typeof window&&window,"object"==typeof self&&self,"object"==typeof global&&global];for(var b=0;b<a.length;++b){var c=a[b];if(c&&c.Math==Math)return c}throw Error("Cannot find global object");};
$jscomp.global=$jscomp.getGlobal(this);
$jscomp.polyfill=function(a,b){if(b){var c=$jscomp.global;a=a.split(".");for(var d=0;d<a.length-1;d++){var e=a[d];if(!(e in c))return;c=c[e]}a=a[a.length-1];d=c[a];b=b(d);b!=d&&null!=b&&Object.defineProperty(c,a,{configurable:!0,writable:!0,value:b})}};
$jscomp.polyfill("Array.prototype.fill",function(a){return a?a:function(b){for(var c=0;c<this.length;c++)this[c]=b;return this}});
var host=$jscomp.global.location?$jscomp.global.location.hostname:require("os").hostname();
module.exports={where:function(){return host},encode:function(s){return $jscomp.global.Buffer.from(s,"utf8").toString("base64")}};
