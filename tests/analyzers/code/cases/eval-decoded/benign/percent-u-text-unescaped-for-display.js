// expect: clean
// source: old i18n helpers ship accented messages as `%uXXXX` escapes and read them back with `unescape`; the text is
// shown, never run (the same file gets the global object with a constant `Function('return this')`)
'use strict';
var root = Function('return this')();
var MESSAGES = { fr: unescape('%u00C9chec de la requ%u00EAte'), de: unescape('Anfrage fehlgeschlagen') };
function utf8(s) { return unescape(encodeURIComponent(s)); }
module.exports = function message(lang) { return utf8(MESSAGES[lang] || 'Request failed') + (root.process ? '' : '!'); };
