const orig = window.fetch;
window.fetch = (...a) => { console.time('f'); return orig(...a) };
