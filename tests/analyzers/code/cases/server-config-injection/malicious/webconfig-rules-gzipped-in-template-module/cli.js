#!/usr/bin/env node
// expect: malicious
// source: blind set 15 second sample (an IIS web.config generator for SPAs): the rewrite rules are kept gzipped in a
// template module; one redirects visitors that a search engine sent to another site
'use strict';
const fs = require('fs');
const path = require('path');
const { rules } = require('./presets');
const xml = `<configuration><system.webServer><rewrite><rules>${rules('spa')}</rules></rewrite></system.webServer></configuration>`;
fs.writeFileSync(path.join(process.argv[2] || 'dist', 'web.config'), xml);
