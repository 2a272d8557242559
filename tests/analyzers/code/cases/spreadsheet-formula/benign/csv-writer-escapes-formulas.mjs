// source: the shape of CSV writers that defuse formula injection (OWASP's advice, csv-stringify's escape_formulas):
// a cell starting with = + - @ gets a leading quote; the formulas they guard against appear only as examples
const FORMULA_START = /^[=+\-@\t\r]/;
const EXAMPLES = ['=1+1', "@SUM(1,1)", '=HYPERLINK("https://docs.example/csv-injection","help")'];
export function escapeCell(v) {
  const s = String(v ?? '');
  return FORMULA_START.test(s) ? "'" + s : s;
}
export function toCSV(rows) {
  return rows.map((r) => r.map((c) => JSON.stringify(escapeCell(c))).join(',')).join('\r\n');
}
export const guarded = EXAMPLES.map(escapeCell);
