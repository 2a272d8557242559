#!/usr/bin/env node
// A vault scaffolder whose Shell Commands settings offer "Pull notes" (git pull) in the command palette, with a
// startup event that is off: nothing runs until the user picks it.
const fs = require('fs');
const path = require('path');
fs.cpSync(path.join(__dirname, 'template'), path.resolve(process.argv[2] || 'notes'), { recursive: true });
