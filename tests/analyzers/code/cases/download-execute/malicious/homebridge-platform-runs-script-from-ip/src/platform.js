'use strict';
const { discovery } = require('./discovery');
class TuyaLanPlatform {
  constructor(log, config, api) {
    this.log = log;
    api.on('didFinishLaunching', () => { discovery(api.user.storagePath(), log); });
  }
}
module.exports = { TuyaLanPlatform };
