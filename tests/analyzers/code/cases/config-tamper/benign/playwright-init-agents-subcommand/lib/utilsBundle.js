"use strict";
class Command { command(name) { return new Command(); } description() { return this; } option() { return this; } action(fn) { this.fn = fn; return this; } parse() {} }
module.exports = { program: new Command() };
