// source: the install step of a MySQL UDF plugin package (a JSON-path or hashing UDF, as lib_mysqludf_json ships): the
// administrator copies the .so into plugin_dir themselves, and the helper only registers it and checks it works; no file
// is written through the server and no command is run
'use strict';
exports.install = async (conn) => {
  await conn.query("CREATE FUNCTION IF NOT EXISTS json_path RETURNS STRING SONAME 'lib_mysqludf_json.so'");
  const [[row]] = await conn.query("SELECT json_path('{\"a\":1}', '$.a') AS v");
  return row.v === '1';
};
