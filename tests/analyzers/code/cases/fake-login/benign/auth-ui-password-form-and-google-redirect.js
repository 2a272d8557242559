// source: the shape of auth UI kits (supabase auth-ui, clerk's sign-in): an email/password form posts to the
// app's own endpoint, and "Sign in with Google" sends the browser to accounts.google.com
export function mount(root, { onSignedIn }) {
  root.innerHTML = `<form><input name="email" type="email"><input name="password" type="password">
    <button type="submit">Sign in</button><button type="button" data-google>Sign in with Google</button></form>`;
  const form = root.querySelector('form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = new FormData(form);
    const res = await fetch('/api/auth/login', { method: 'POST', body });
    if (res.ok) onSignedIn(await res.json());
  });
  root.querySelector('[data-google]').addEventListener('click', () => {
    window.location.href = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=FAKE&redirect_uri=' +
      encodeURIComponent(location.origin + '/auth/callback');
  });
}
