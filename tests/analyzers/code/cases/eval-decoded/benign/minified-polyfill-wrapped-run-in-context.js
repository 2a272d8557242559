// source: the shape of polyfill loaders that run a minified polyfill in the current context through a wrapper of
// their own (`vm.runInThisContext(wrap(SRC))`): the constant is code, minified without spaces, not packed data
const vm = require('vm');
const SRC = "globalThis.__pf=function(){if(!Array.prototype.flat){Object.defineProperty(Array.prototype,'flat',{configurable:!0,writable:!0,value:function(d){d=d===undefined?1:Number(d);return d<1?Array.prototype.slice.call(this):Array.prototype.reduce.call(this,function(a,c){return Array.isArray(c)?a.concat(c.flat(d-1)):a.concat(c)},[])}})}};__pf();";
function wrap(code) { return '(function(){' + code + '})();'; }
function install() { vm.runInThisContext(wrap(SRC), { filename: 'polyfill-flat.js' }); }
module.exports = { install };
