export function isAddress(v) {
  return /^0x[a-fA-F0-9]{40}$/.test(v);
}
