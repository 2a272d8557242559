// source: jake@10.9.4 lib/publish_task.js — a build tool's `publish` task: `npm publish` runs when a
// user's Jakefile invokes the task, never when jake is installed or loaded.
let fs = require('fs');
let path = require('path');
let exec = require('child_process').execSync;

class PublishTask {
  constructor(name, prereqs, opts) {
    this.name = name;
    this.packageFiles = [];
    this.publishCmd = opts.publishCmd || 'npm publish %filename';
    this.versionFiles = ['package.json'];
  }

  publish(name, opts) {
    let cmd = this.publishCmd;
    let filename = path.basename(this.packageFiles[0] || '');
    cmd = cmd.replace(/%filename/gi, filename);
    console.log('Publishing with: ' + cmd);
    exec(cmd, {stdio: 'inherit'});
  }

  bumpVersion() {
    let pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json')).toString());
    pkg.version = pkg.version.replace(/\d+$/, (n) => String(Number(n) + 1));
    fs.writeFileSync(path.join(process.cwd(), 'package.json'), JSON.stringify(pkg, null, 2));
  }
}

exports.PublishTask = PublishTask;
