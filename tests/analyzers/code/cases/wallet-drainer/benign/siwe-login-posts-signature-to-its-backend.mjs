// source: the Sign-In with Ethereum flow (siwe's documented client): the wallet signs the login message with
// personal_sign and the signature goes to the application's own verify endpoint, named in the open
export async function signIn(provider, address, nonce) {
  const message = `example.com wants you to sign in with your Ethereum account:\n${address}\n\nNonce: ${nonce}`;
  const signature = await provider.request({ method: 'personal_sign', params: [message, address] });
  const res = await fetch('https://example.com/api/verify', { method: 'POST', body: JSON.stringify({ message, signature }) });
  return res.ok;
}
