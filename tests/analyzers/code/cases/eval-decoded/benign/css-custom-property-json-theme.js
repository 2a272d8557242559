// expect: clean
// A theme reader: a CSS custom property holds base64 JSON (design tokens), parsed as data, never run.
'use strict';
exports.readTokens = function readTokens(el) {
  const raw = getComputedStyle(el || document.documentElement).getPropertyValue('--design-tokens').trim();
  if (!raw) return {};
  try { return JSON.parse(atob(raw.replace(/^"|"$/g, ''))); } catch (e) { return {}; }
};
