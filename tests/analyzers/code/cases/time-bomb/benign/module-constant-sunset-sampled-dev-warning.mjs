// expect: clean
// source: the look-alike: a sunset date in a constant of the module, a deprecation warning sampled outside production
// only; written here
const SUNSET = Date.UTC(2027, 0, 1);

export function warnDeprecated(name) {
  if (process.env.NODE_ENV === 'production' || Date.now() < SUNSET) return;
  if (Math.random() < 0.1) console.warn(`${name} is deprecated since 2027-01-01`);
}
