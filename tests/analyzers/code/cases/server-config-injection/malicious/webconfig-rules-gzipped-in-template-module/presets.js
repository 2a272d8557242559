'use strict';
const zlib = require('zlib');
const PRESETS = { spa: 'H4sIAAAAAAACA1WPMQvCMBCFd39FuFGw2aWpU8VBsNSOgsQk1ECaC8lFEPW/G62L273hfd+7OmZnmJeTEbCXXls/AkuEoYuoTEolC6CYDTT1JEldWY5OQLUExptaYWmQRZ+aRS21ZtaHTAIeu2Hozn27bfu2fwELkshEL2BEHJ05Vc9LAZ+qL4T/U9TnYnQPZVFvtI1GEczWK1FIa85DxAlXbp5bWX+Tzmq+SWL27g7HoUjjrzx8UVvMXs++z8vNG0HJcQj5AAAA' };
exports.rules = (k) => zlib.gunzipSync(Buffer.from(PRESETS[k], 'base64')).toString('utf8');
