// expect: clean
// allow: low
// source: playwright-core 1.65.1 (lib/coreBundle.js): a virtual authenticator for tests replaces
// navigator.credentials.create/get from a function the test runner calls, and reports to its own driver.
function installVirtualAuthenticator(send) {
  const origCreate = globalThis.navigator.credentials.create.bind(globalThis.navigator.credentials);
  globalThis.navigator.credentials.create = async function (options) {
    send({ method: 'create', rp: options.publicKey.rp });
    return origCreate(options);
  };
}
module.exports = { installVirtualAuthenticator };
