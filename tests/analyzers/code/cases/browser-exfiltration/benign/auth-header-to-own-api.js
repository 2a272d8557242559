// An API client sending the stored token to the page's own API (relative URL).
export async function me() {
  const res = await fetch('/api/me', { headers: { authorization: 'Bearer ' + localStorage.getItem('token') } });
  return res.json();
}
me().then(console.log);
