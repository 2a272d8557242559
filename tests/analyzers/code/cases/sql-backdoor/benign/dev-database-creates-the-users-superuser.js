// source: @prisma/dev 0.25.2 dist/db.cjs (Apache-2.0): the local development database creates the superuser the user
// configured, with the name and password it is given; a COPY that imports a file the tool wrote.
async function bootstrap(db, p) {
  await db.exec(`CREATE ROLE ${p.username} WITH LOGIN SUPERUSER PASSWORD '${p.password}'`);
  await db.exec(`SET ROLE ${p.username}`);
  await db.exec(`COPY seed_rows FROM '/tmp/prisma-dev/seed.csv' WITH (FORMAT csv)`);
}
module.exports = { bootstrap };
