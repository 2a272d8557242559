// source: date-fns 1.30.1 locale/eo/build_format_locale/index.js: a comment whose "deс" has a Cyrillic "с"
// beside the word "dec", and highlight.js 10.7.3's isbl language, a keyword string "SYSREQ_STATЕ " with a
// Cyrillic "Е" beside "SYSREQ_STATE": text in comments and strings, not names
var months3char = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aŭg', 'sep', 'okt', 'nov', 'dec']
var formatters = {
  // Month: jan, feb, ..., deс
  'MMM': function (date) {
    return months3char[date.getMonth()]
  }
}
var keywords = "SYSREQ_STATE SYSREQ_STATЕ SYSREQ_SUBJECT"
module.exports = { formatters: formatters, keywords: keywords }
