const re = /0x[a-fA-F0-9]{40}/g;
const orig = window.fetch;
window.fetch = async (...a) => orig(...a);
