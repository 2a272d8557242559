// expect: clean
// source: the look-alike: a semantic-release plugin that publishes to the registry its user configured (the plugin's
// options or publishConfig), read as it is; written here
export async function publish(pluginConfig, context) {
  const { env } = context;
  const registry = pluginConfig.registry || context.options.publishConfig?.registry;
  if (registry) env.npm_config_registry = registry;
  context.logger.log('publishing to %s', registry || 'the default registry');
  return false;
}

export default { publish };
