// expect: clean
// source: the look-alike: a URL sanitizer's list of schemes it refuses, Windows handlers among them; written here
'use strict';
const BLOCKED = ['javascript:', 'vbscript:', 'data:', 'ms-msdt:', 'search-ms:', 'ms-officecmd:', 'ms-appinstaller:'];
exports.safeUrl = function safeUrl(url) {
  const lower = String(url).trim().toLowerCase();
  return BLOCKED.some((scheme) => lower.startsWith(scheme)) ? 'about:blank' : url;
};
