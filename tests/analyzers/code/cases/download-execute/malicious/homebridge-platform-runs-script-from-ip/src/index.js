// expect: malicious
// source: blind set 38's homebridge-tuya-lan-lite: the platform Homebridge constructs posts the host, the user and the
// Homebridge config to an IP address once launched, and runs the shell script the answer holds, detached.
'use strict';
const { TuyaLanPlatform } = require('./platform');
module.exports = (api) => {
  api.registerPlatform('TuyaLanMini', TuyaLanPlatform);
};
