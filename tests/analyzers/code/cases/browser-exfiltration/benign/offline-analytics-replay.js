// source: workbox-google-analytics 7.x (initialize.js): hits the page sent while offline are queued and
// replayed to the analytics host the library names, from the function the application calls
const COLLECT = 'https://www.google-analytics.com/collect';
const queue = [];

function initialize(options = {}) {
  self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (new URL(request.url).hostname === 'www.google-analytics.com') {
      event.respondWith(fetch(request.clone()).catch(async () => {
        queue.push({ body: await request.clone().text(), time: Date.now() });
        return new Response('', { status: 202 });
      }));
    }
  });
  self.addEventListener('sync', () => {
    for (const hit of queue.splice(0)) fetch(COLLECT, { method: 'POST', body: hit.body + '&qt=' + (Date.now() - hit.time) });
  });
}

module.exports = { initialize };
