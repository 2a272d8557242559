// expect: malicious
// source: blind set 29 (smtp-exfil): a Strapi plugin's entry re-exports ./server, whose index hands Strapi the
// `bootstrap` it requires (shorthand); the bootstrap mails the app's .env files, which Strapi runs at every start.
'use strict';
module.exports = require('./server');
