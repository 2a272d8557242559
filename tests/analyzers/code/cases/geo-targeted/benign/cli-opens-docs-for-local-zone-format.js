// source: the shape of date CLIs (a calendar printer): the time zone picks a date format and a docs page that the
// user asked for with --help-web; the zones named are the world's, not one country's
'use strict';
const { spawn } = require('child_process');

const FORMATS = {
  'Europe/Moscow': 'DD.MM.YYYY', 'Europe/Berlin': 'DD.MM.YYYY', 'Europe/London': 'DD/MM/YYYY',
  'America/New_York': 'MM/DD/YYYY', 'America/Chicago': 'MM/DD/YYYY', 'Asia/Tokyo': 'YYYY/MM/DD',
  'Asia/Kolkata': 'DD-MM-YYYY', 'Australia/Sydney': 'DD/MM/YYYY',
};

function format() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return FORMATS[zone] || 'YYYY-MM-DD';
}

function openDocs() {
  process.stderr.write('opening the format reference...\n');
  spawn(process.platform === 'darwin' ? 'open' : 'xdg-open', ['https://cal-docs.example/formats'], { stdio: 'ignore' });
}

if (process.argv.includes('--help-web')) openDocs();
module.exports = { format };
