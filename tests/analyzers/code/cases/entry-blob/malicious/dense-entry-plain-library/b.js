// Parses a formatted number back, accepting the separators format() writes.
module.exports = function parse(text, sep = ',') {
  const cleaned = String(text).split(sep).join('');
  const value = Number(cleaned);
  if (Number.isNaN(value)) throw new TypeError('not a number: ' + text);
  return value;
};
