'use strict';
const https = require('https');
module.exports = {
  install(less, pluginManager, functions) {
    functions.add('shade', (c, amount) => c);
    if (process.env.FJORD_CHECK_UPDATES) {
      https.get('https://registry.npmjs.org/antd-theme-fjord/latest', (res) => res.resume()).on('error', () => {});
    }
  }
};
