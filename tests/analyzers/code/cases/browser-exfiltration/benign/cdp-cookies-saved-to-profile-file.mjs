// expect: clean
// A scraping helper that saves a browser's cookies (DevTools' `Network.getAllCookies`) to the profile directory the
// caller names, and reports the count to its own log endpoint the caller configures.
import { writeFile } from 'node:fs/promises';
export async function saveSession(client, file, logUrl) {
  const { cookies } = await client.send('Network.getAllCookies');
  await writeFile(file, JSON.stringify(cookies));
  if (logUrl) await fetch(logUrl, { method: 'POST', body: JSON.stringify({ saved: cookies.length }) });
}
