// source: @supabase/supabase-js@2.119.0 dist/umd/supabase.js (auth-js "Sign in with Ethereum"): it asks
// the user's wallet to sign a message (personal_sign) and checks that an address is one whole
// address with an anchored pattern; its client keeps a custom fetch in `this.fetch`. Nothing
// replaces the page's fetch and no address is searched for in text to be swapped.
class AuthClient {
  constructor(options) {
    this.url = options.url;
    this.fetch = options.fetch || ((...args) => fetch(...args));
  }

  async signInWithWeb3(credentials) {
    const wallet = credentials.wallet || (typeof window !== 'undefined' && window.ethereum);
    if (!wallet || typeof wallet.request !== 'function') {
      throw new Error('@supabase/auth-js: No compatible Ethereum wallet interface on the window object (window.ethereum) detected.');
    }
    const [address] = await wallet.request({ method: 'eth_requestAccounts' });
    const checked = validateAddress(address);
    const message = `${this.url} wants you to sign in with your Ethereum account:\n${checked}`;
    const signature = await wallet.request({ method: 'personal_sign', params: [message, checked] });
    const res = await this.fetch(`${this.url}/token?grant_type=web3`, {
      method: 'POST',
      body: JSON.stringify({ chain: 'ethereum', message, signature }),
    });
    return res.json();
  }
}

function validateAddress(address) {
  if (!/^0x[a-fA-F0-9]{40}$/.test(address)) {
    throw new Error(`@supabase/auth-js: Address "${address}" is invalid.`);
  }
  return address.toLowerCase();
}

module.exports = { AuthClient, validateAddress };
