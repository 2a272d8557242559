// source: sanitize-filename@1.6.4: the sanitizer, and its test.js (shipped, loaded by nothing) that
// checks hostile names such as '~/.\u0000notssh/authorized_keys' and writes them to a temp dir.
module.exports = function sanitize(input, options) {
  const replacement = (options && options.replacement) || '';
  return String(input).replace(/[\/\?<>\\:\*\|"]/g, replacement).replace(/[\x00-\x1f\x80-\x9f]/g, replacement);
};
