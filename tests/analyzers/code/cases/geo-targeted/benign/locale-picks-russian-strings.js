// source: an i18n widget that picks Russian strings for ru browsers and alerts on error (the shape of localised UI kits)
const STRINGS = { en: { ok: 'OK' }, ru: { ok: 'Хорошо' } };
const lang = /^ru\b/.test(navigator.language) ? 'ru' : 'en';
function confirm(msg) { alert(STRINGS[lang].ok + ': ' + msg); }
module.exports = { confirm };
