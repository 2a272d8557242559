// expect: clean
// source: @simplewebauthn/browser-style helper: calls navigator.credentials.get and posts the assertion to the
// application's own verify endpoint (the caller's URL); it never replaces the API.
export async function startAuthentication(options, verifyUrl) {
  const credential = await navigator.credentials.get({ publicKey: options });
  const res = await fetch(verifyUrl, { method: 'POST', body: JSON.stringify({ id: credential.id, type: credential.type }) });
  return res.json();
}
