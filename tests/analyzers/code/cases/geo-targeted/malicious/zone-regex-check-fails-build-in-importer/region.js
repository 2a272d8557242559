const TZ = /^(Europe\/(Moscow|Minsk|Samara|Volgograd|Kirov|Saratov)|Asia\/(Omsk|Novosibirsk|Irkutsk))$/;
export function inRegion() {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  return TZ.test(tz) || /^(ru|be)[_-]/i.test(process.env.LANG || '');
}
