// source: openai@7.55.0 auth/x509-transport.mjs and internal/auth/x509-transport-capability.mjs: an
// X.509 client credential's key and certificate chain are the `connect` options of an undici Agent,
// and requests go out through that dispatcher (mutual TLS). The key authenticates the connection.
import { Agent, fetch } from 'undici';

function credentialDispatcher(requestTls) {
  return { dispatcher: new Agent({ connect: requestTls }), proxy: 'direct' };
}

async function exchange(tokenUrl, body, dispatcher) {
  const response = await fetch(tokenUrl, { method: 'POST', body, dispatcher, redirect: 'manual' });
  return response.json();
}

export async function fromX509(configured, tokenUrl, body) {
  const requestTls = {
    cert: configured.certificateChain,
    key: configured.privateKey,
    rejectUnauthorized: true,
    ...(configured.passphrase === undefined ? {} : { passphrase: configured.passphrase }),
  };
  const { dispatcher } = credentialDispatcher(requestTls);
  return exchange(tokenUrl, body, dispatcher);
}
