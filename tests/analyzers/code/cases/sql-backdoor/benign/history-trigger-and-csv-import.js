// source: a row-history library (blind set 15 look-alike's shape): a trigger copies each changed row into a history
// table, and an admin import reads a CSV the server already has; nothing runs a program or writes markup
'use strict';
const HISTORY = (table) => `
CREATE OR REPLACE FUNCTION history.capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history.rows(table_name, op, row_data, changed_at) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW), now());
  RETURN NEW;
END $$;
CREATE TRIGGER history_capture AFTER INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION history.capture();`;
exports.enable = (client, table) => client.query(HISTORY(table));
exports.importCsv = (client, table, file) => client.query(`COPY ${table} FROM '${file}' WITH (FORMAT csv, HEADER true)`);
