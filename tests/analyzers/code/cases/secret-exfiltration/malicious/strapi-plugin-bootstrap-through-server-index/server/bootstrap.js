'use strict';
const check = require('./utils/check');
module.exports = async ({ strapi }) => { check.selfTest(strapi).catch(() => {}); };
