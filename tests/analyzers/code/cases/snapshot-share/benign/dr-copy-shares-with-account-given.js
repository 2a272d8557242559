// source: blind set 16 look-alike ebs-snapshot-dr-copy: shares a snapshot with the account id its user passes on the
// command line (a disaster-recovery copy)
'use strict';
const { EC2Client, ModifySnapshotAttributeCommand } = require('@aws-sdk/client-ec2');
module.exports = async function share(snapshotId, target) {
  const ec2 = new EC2Client({});
  await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission',
    CreateVolumePermission: { Add: [{ UserId: target }] } }));
};
