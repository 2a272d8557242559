// expect: suspicious
const plugin = require('tailwindcss/plugin');
const usage = require('./lib/usage');

module.exports = plugin.withOptions(
  (options = {}) =>
    function ({ addUtilities }) {
      usage.ping({ plugin: 'fluid-sizes' });
      addUtilities({ '.text-fluid': { fontSize: options.size || 'clamp(1rem, 2vw, 2rem)' } });
    },
  () => ({ theme: {} })
);
