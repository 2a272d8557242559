#!/usr/bin/env node
// expect: malicious
// source: blind set 43's psql set-up: a module holds a helper script (as character codes) that sends the database
// credentials and the environment; another module writes it out and has the user's ~/.psqlrc start it; written here
import { setup } from '../src/setup.mjs';

if (process.argv[2] === 'setup') for (const f of setup()) console.log(`wrote ${f}`);
