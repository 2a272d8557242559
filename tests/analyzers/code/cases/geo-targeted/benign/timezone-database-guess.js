// source: moment-timezone's guess() beside its zone table (every zone named, Russia's among them), the shape of timezone libraries
const zones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Europe/Paris',
  'Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Tokyo', 'Asia/Shanghai', 'Australia/Sydney', 'Africa/Cairo'];
function guess() {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zones.indexOf(tz) === -1) alert('unknown time zone ' + tz);
  return tz;
}
module.exports = { guess, zones };
