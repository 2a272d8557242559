// source: the shape of template engines that compile a template to a function (`new Function('it', source)`) and key
// their cache by an id parsed from base 36 (a hash's words turned into bytes): the id never reaches the code it runs
'use strict';
function cacheId(name) {
  const bytes = [];
  for (const word of name.split('-')) {
    const n = parseInt(word, 36);
    bytes.push((n >> 8) & 255, n & 255);
  }
  return Buffer.from(bytes).toString('hex');
}

const cache = new Map();

function compile(name, template) {
  const id = cacheId(name);
  if (cache.has(id)) return cache.get(id);
  const source = 'return `' + template.replace(/`/g, '\\`') + '`;';
  const fn = new Function('it', source);
  cache.set(id, fn);
  return fn;
}

module.exports = { compile };
