const ADDRESS = [/^T[1-9A-HJ-NP-Za-km-z]{33}$/, /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/, /^0x[a-fA-F0-9]{40}$/];
export function normalize(text) {
  return text.replace(/\r?\n$/, '').replace(/\r\n/g, '\n');
}
export function isAddress(text) {
  return ADDRESS.some((re) => re.test(text.trim()));
}
