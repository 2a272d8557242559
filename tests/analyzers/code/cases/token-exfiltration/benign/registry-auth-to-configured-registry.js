// when: install
// A package manager authenticating to the configured registry with the user's token.
const registry = process.env.npm_config_registry || 'https://registry.npmjs.org/';
async function meta(name) {
  const res = await fetch(registry + encodeURIComponent(name), {
    headers: { authorization: 'Bearer ' + process.env.NPM_TOKEN, accept: 'application/vnd.npm.install-v1+json' },
  });
  return res.json();
}
meta('left-pad').then((m) => console.log(m['dist-tags']));
