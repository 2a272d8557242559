// source: the shape of AWS profile tools (aws-sso-util, granted's assume): the user's own command writes a
// profile into ~/.aws/config, nothing at install or load
const fs = require('fs');
const os = require('os');
const path = require('path');

function addProfile(name, roleArn) {
  const cfg = path.join(os.homedir(), '.aws', 'config');
  fs.appendFileSync(cfg, `\n[profile ${name}]\nrole_arn = ${roleArn}\nsource_profile = default\n`);
}

module.exports = { addProfile };
