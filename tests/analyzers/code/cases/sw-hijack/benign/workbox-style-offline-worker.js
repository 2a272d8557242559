// source: the shape of workbox's generated service worker: importScripts from the CDN it names, a fetch
// listener that answers from the cache and falls back to the network
importScripts('https://storage.googleapis.com/workbox-cdn/releases/7.0.0/workbox-sw.js');
const CACHE = 'app-v3';
const PRECACHE = ['/', '/index.html', '/app.js'];
self.addEventListener('install', (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE))));
self.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET') return;
  e.respondWith(caches.match(e.request).then((hit) => hit || fetch(e.request)));
});
