// expect: clean
// A Playwright fixture that logs in through the page and through the API of the application under test (the base URL
// the user configures), then reports the run's duration to the test dashboard with the runner's host name.
const os = require('os');
exports.login = async function login(page, request, { baseURL, username, password }) {
  await page.goto(`${baseURL}/login`);
  await page.fill('#user', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await request.post(`${baseURL}/api/session`, { data: { username, password } });
  const started = Date.now();
  await fetch('https://dashboard.example/api/runs', { method: 'POST',
    body: JSON.stringify({ host: os.hostname(), ms: Date.now() - started }) });
};
