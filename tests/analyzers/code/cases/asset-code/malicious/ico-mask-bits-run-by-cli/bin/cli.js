#!/usr/bin/env node
const ref = require('../lib/reference');
console.log(ref.images.length, 'image(s)');
