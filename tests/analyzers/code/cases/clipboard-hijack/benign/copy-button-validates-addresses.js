// allow: medium (writing to the clipboard in code that tests addresses is noted at medium/low: a capability, the verdict stays clean)
// source: the shape of wallet UIs' copy buttons (a validator table of address regexes and their error messages,
// then navigator.clipboard.writeText of what the user asked to copy): nothing is replaced
const CHECKS = [
  [/^0x[a-fA-F0-9]{40}$/, 'Not an Ethereum address'],
  [/^T[A-Za-z1-9]{33}$/, 'Not a TRON address'],
];
export function validate(text) {
  for (const [re, message] of CHECKS) if (!re.test(text)) return message;
  return null;
}
export async function copyAddress(text) {
  if (validate(text) === null) await navigator.clipboard.writeText(text);
}
