// source: a sign-up form component: a hidden decoy password field stops Chrome from autofilling the real one (a common
// trick), and the form posts to the page's own API with a relative URL
export function mountSignup(root) {
  root.innerHTML = '<input type="password" autocomplete="current-password" style="opacity:0;position:absolute;left:-9999px" tabindex="-1">' +
    '<input name="email"><input type="password" name="new" autocomplete="new-password"><button>Sign up</button>';
  root.querySelector('button').addEventListener('click', () => {
    fetch('/api/signup', { method: 'POST', body: JSON.stringify({ email: root.querySelector('[name=email]').value }) });
  });
}
