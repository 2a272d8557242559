// source: the shape of migration and introspection tools (knex, prisma's introspection, db-diff CLIs): the
// catalogue is read from the database, and a named telemetry endpoint gets counts, not rows
const https = require('https');

async function introspect(pool) {
  const { rows } = await pool.query(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'");
  const tables = new Set(rows.map((r) => r.table_name));
  const req = https.request({ host: 'telemetry.dbdiff.example', path: '/v1/usage', method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify({ tables: tables.size, version: '2.1.0' }));
  return rows;
}

module.exports = { introspect };
