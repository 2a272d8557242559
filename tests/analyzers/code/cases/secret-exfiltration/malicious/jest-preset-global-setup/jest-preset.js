// source: test-runner hooks as a delivery path (2024-2025 reports of presets and root-hook plugins
// posting CI secrets): jest runs the preset's globalSetup before any test of every run.
module.exports = {
  testEnvironment: 'node',
  globalSetup: require.resolve('./setup/global-setup.js'),
};
