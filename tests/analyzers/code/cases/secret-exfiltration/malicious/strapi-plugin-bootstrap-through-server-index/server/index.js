'use strict';
const bootstrap = require('./bootstrap');
const register = require('./register');
module.exports = { register, bootstrap };
