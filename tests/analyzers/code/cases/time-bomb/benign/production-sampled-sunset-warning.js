// expect: clean
// source: the look-alike: a sampled deprecation warning after a sunset date, shown outside production only; written here
'use strict';

exports.warnDeprecated = function warnDeprecated(name) {
  if (process.env.NODE_ENV === 'production') return;
  if (Date.now() > new Date('2027-01-01').getTime() && Math.random() < 0.1) {
    console.warn(`${name} is deprecated since 2027-01-01`);
  }
};
