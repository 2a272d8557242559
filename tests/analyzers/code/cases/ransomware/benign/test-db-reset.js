// expect: clean
// The shape of test helpers (mongodb-memory-server setups, jest global teardown): drop the test databases between
// runs and say so in plain text.
const { MongoClient } = require('mongodb');
module.exports = async function resetTestDatabases(uri) {
  const c = new MongoClient(uri);
  await c.connect();
  const { databases } = await c.db('admin').admin().listDatabases();
  for (const d of databases) if (d.name.startsWith('test_')) await c.db(d.name).dropDatabase();
  console.log('test databases dropped; run the seed script to restore the fixtures');
  await c.close();
};
