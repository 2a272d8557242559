// expect: benign
// A DBA's audit command that reports whether xp_cmdshell is on and tells the user how to turn it off (it never turns
// it on, and runs nothing through it).
const sql = require('mssql');
module.exports = async function audit(config) {
  const pool = await sql.connect(config);
  const { recordset } = await pool.request().query("SELECT CAST(value_in_use AS int) AS enabled FROM sys.configurations WHERE name = 'xp_cmdshell'");
  if (recordset[0] && recordset[0].enabled) {
    console.warn("xp_cmdshell is enabled: run EXEC sp_configure 'xp_cmdshell', 0; RECONFIGURE; to turn it off.");
  }
  await pool.close();
};
