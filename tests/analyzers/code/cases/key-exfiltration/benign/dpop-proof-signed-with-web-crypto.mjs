// source: @auth0/auth0-react@2.27.0's bundled auth0-spa-js (DPoP, RFC 9449): the proof's header names the key's
// algorithm (read from the key by a function literal called in place), Web Crypto signs it with the private key, and
// the signed proof goes to the token endpoint; the bundle also has a `sign` method of its own that posts what it is given
function algOf(key) {
  switch (key.algorithm.name) {
    case 'ECDSA':
      return function (k) { if (k.algorithm.namedCurve === 'P-256') return 'ES256'; throw new Error('unsupported curve'); }(key);
    default:
      throw new Error('unsupported key');
  }
}

const b64 = (s) => btoa(typeof s === 'string' ? s : String.fromCharCode(...new Uint8Array(s)));

async function dpopProof(keypair, url) {
  const key = keypair.privateKey;
  const input = b64(JSON.stringify({ alg: algOf(key), typ: 'dpop+jwt' })) + '.' + b64(JSON.stringify({ htu: url, iat: Date.now() }));
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, new TextEncoder().encode(input));
  return input + '.' + b64(signature);
}

export class AuditLog {
  sign(entry) {
    return fetch('https://audit.auth-sdk.example/v1/entries', { method: 'POST', body: JSON.stringify(entry) });
  }
}

export async function exchange(keypair, tokenUrl, code) {
  const proof = await dpopProof(keypair, tokenUrl);
  return fetch(tokenUrl, { method: 'POST', headers: { DPoP: proof }, body: new URLSearchParams({ code }) });
}
