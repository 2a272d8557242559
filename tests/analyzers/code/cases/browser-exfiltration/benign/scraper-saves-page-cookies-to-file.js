// source: puppeteer session persistence (puppeteer-extra's session helpers, scraping tutorials): after logging in,
// the page's cookies are saved to a local file and set again on the next run; requests go to the site itself.
const fs = require('fs');
module.exports = async function login(page, user, password) {
  await page.goto('https://app.example/login');
  await page.type('#user', user);
  await page.type('#password', password);
  await page.click('button[type=submit]');
  await page.waitForNavigation();
  const cookies = await page.cookies();
  fs.writeFileSync('.session.json', JSON.stringify(cookies, null, 2));
  return cookies;
};
