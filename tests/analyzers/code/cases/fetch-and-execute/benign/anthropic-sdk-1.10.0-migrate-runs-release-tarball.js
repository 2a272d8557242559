// expect: clean
// @anthropic-ai/sdk 1.10.0's bin/cli: its `migrate` subcommand runs the vendor's migration tool from the tarball it
// publishes on GitHub releases (npx of a project's own release, not a download from a host of the author's choosing).
const { spawnSync } = require('child_process');
const commands = {
  migrate: {
    description: 'Run migrations to update your code',
    fn: () => {
      const result = spawnSync('npx', ['-y', 'https://github.com/stainless-api/migrate-ts/releases/download/0.0.2/stainless-api-migrate-0.0.2-6.tgz',
        '--migrationConfig', require.resolve('./migration-config.json'), ...process.argv.slice(3)], { stdio: 'inherit' });
      if (result.status !== 0) process.exit(result.status);
    },
  },
};
const sub = process.argv[2];
if (commands[sub]) commands[sub].fn();
