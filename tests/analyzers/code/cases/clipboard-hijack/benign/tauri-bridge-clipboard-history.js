// expect: clean
// A Tauri 2 clipboard-history helper: it reads and writes the clipboard through the app's IPC bridge and keeps what
// was copied; nothing in it looks for crypto addresses
const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
const history = [];
export async function remember() {
  const text = await invoke('plugin:clipboard-manager|read_text');
  if (text && history[0] !== text) history.unshift(text);
  return history.slice(0, 50);
}
export function restore(i) { return invoke('plugin:clipboard-manager|write_text', { text: history[i] }); }
