// source: the shape of clipboard-history CLIs and wallet tools: one restores an older entry (reads, then
// writes what the user picked), one copies a validated address out (its validator matches addresses)
import clipboard from 'clipboardy';
import { trimEntry } from './trim.js';
import { isAddress } from './address.js';

export async function restore(history, index) {
  const current = await clipboard.read();
  history.push(trimEntry(current));
  await clipboard.write(history[index]);
}

export function copyAddress(address) {
  if (!isAddress(address)) throw new Error('not an address');
  clipboard.writeSync(address);
}
