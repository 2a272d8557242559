// source: the shape of GitOps DNS tools (octoDNS/dnscontrol-style syncers): the desired records come from a URL or
// file the user configures, and are applied to Route 53 with the user's credentials
const { ChangeResourceRecordSetsCommand } = require('@aws-sdk/client-route-53');
async function apply(client, zoneId, desiredUrl) {
  const res = await fetch(desiredUrl);
  const desired = await res.json();
  await client.send(new ChangeResourceRecordSetsCommand({
    HostedZoneId: zoneId,
    ChangeBatch: { Changes: desired.records.map((r) => ({ Action: 'UPSERT', ResourceRecordSet: { Name: r.name, Type: r.type, TTL: r.ttl, ResourceRecords: r.values.map((Value) => ({ Value })) } })) },
  }));
}
module.exports = { apply };
