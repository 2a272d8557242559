// The CI-visibility client asks the test-optimization API which suites it may skip (a response), and backfills their
// coverage from what the project's transformer makes of their source files.
const { request } = require('./request');
const { backfill } = require('./coverage-backfill');
exports.run = async function run(transformer, repo) {
  const skippable = await request('https://api.ci.example/api/v2/ci/tests/skippable', { repo });
  return backfill(skippable.coverage, transformer);
};
