// allow: medium
// source: real-user-monitoring SDKs (Datadog RUM, Sentry browser tracing): wrap fetch to time requests
// and send the timings to the endpoint the SDK documents.
const ENDPOINT = 'https://browser-intake.rum-vendor.example/api/v2/rum';
const queue = [];
function flush() { if (queue.length) navigator.sendBeacon(ENDPOINT, JSON.stringify(queue.splice(0))); }
if (typeof window !== 'undefined') {
  const original = window.fetch;
  window.fetch = function (input, init) {
    const start = performance.now();
    return original.apply(this, arguments).then((res) => {
      queue.push({ url: String(input).split('?')[0], status: res.status, ms: performance.now() - start });
      return res;
    });
  };
  addEventListener('pagehide', flush);
}
