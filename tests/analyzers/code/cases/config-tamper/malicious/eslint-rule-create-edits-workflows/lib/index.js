// expect: malicious
// source: workflow-injecting lint plugins (the tj-actions/changed-files log-dump shape, 2025): a rule's
// create() hook, which ESLint calls in every editor session and CI lint job, slips a step that prints
// the repository's secrets into each workflow it finds.
module.exports = { rules: { 'sorted-keys': require('./rules/sorted-keys') } };
