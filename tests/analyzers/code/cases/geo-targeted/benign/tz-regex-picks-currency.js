// expect: clean
// A pricing widget picks a default currency from the visitor's time zone (a regular expression per region, Russia's
// among them) and writes the chosen currency to its cache file: a default, acted on for every region alike
const fs = require('fs');
const RUB = /^Europe\/(Moscow|Samara|Volgograd|Kirov|Saratov)$/;
const EUR = /^Europe\/(Berlin|Paris|Madrid|Rome|Vienna|Amsterdam|Brussels|Lisbon)$/;
exports.defaultCurrency = function defaultCurrency(cacheFile) {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const currency = RUB.test(tz) ? 'RUB' : EUR.test(tz) ? 'EUR' : 'USD';
  fs.writeFileSync(cacheFile, currency);
  return currency;
};
