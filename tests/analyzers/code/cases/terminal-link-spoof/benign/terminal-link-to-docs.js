// source: the shape of terminal-link and ansi-escapes' `link` (used by CLIs to print clickable docs links): the
// target is the URL the caller gives, shown as the caller's text.
'use strict';
const OSC = '\u001B]';
const SEP = ';';
const BEL = '\u0007';
function link(text, url) {
  return [OSC, '8', SEP, SEP, url, BEL, text, OSC, '8', SEP, SEP, BEL].join('');
}
function esc(text, url) { return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`; }
module.exports = { link, esc };
console.log(esc('docs', 'https://tool.example/docs/config'));
