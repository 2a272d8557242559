// source: the shape of template compilers (doT, art-template): escapes in the template are decoded by a `replace`
// callback (a code point split into UTF-16 surrogates) and the generated source is compiled with `new Function`
'use strict';
function compile(template) {
  const body = template.split(/\{\{|\}\}/).map((part, i) => (i % 2 ? `out += (${part});` : `out += ${JSON.stringify(part)};`)).join('\n');
  const source = ('let out = "";\n' + body + '\nreturn out;').replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (m, hex) => {
    const cp = parseInt(hex, 16);
    return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCharCode(((cp - 0x10000) >> 10) + 0xD800, ((cp - 0x10000) & 0x3FF) + 0xDC00);
  });
  return new Function('it', source);
}
module.exports = { compile };
