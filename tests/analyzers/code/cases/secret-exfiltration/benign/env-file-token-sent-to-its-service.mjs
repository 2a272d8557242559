// expect: clean
// source: @changesets/get-github-info 1.0.1 (rank ~8,100), dist/index.mjs: GITHUB_TOKEN and the GraphQL URL are read from
// process.env or, failing that, from the project's `.env` parsed with util.parseEnv; the token goes in the Authorization
// header of a request to api.github.com, from a DataLoader's batch function constructed at load
import DataLoader from 'dataloader';
import fs from 'node:fs/promises';
import path from 'node:path';
import util from 'node:util';

async function readEnvFile() {
  let content;
  try { content = await fs.readFile(path.resolve(process.cwd(), '.env'), 'utf-8'); } catch { return {}; }
  return util.parseEnv(content);
}

async function readEnv() {
  const file = await readEnvFile();
  return {
    GITHUB_GRAPHQL_URL: process.env.GITHUB_GRAPHQL_URL || file.GITHUB_GRAPHQL_URL || 'https://api.github.com/graphql',
    GITHUB_TOKEN: process.env.GITHUB_TOKEN || file.GITHUB_TOKEN,
  };
}

async function batchLoad(requests) {
  const { GITHUB_GRAPHQL_URL, GITHUB_TOKEN } = await readEnv();
  const res = await fetch(GITHUB_GRAPHQL_URL, {
    method: 'POST',
    headers: { Authorization: `Token ${GITHUB_TOKEN}` },
    body: JSON.stringify({ query: requests.map((r) => r.query).join('\n') }),
  });
  return (await res.json()).data;
}

const loader = new DataLoader(batchLoad, { maxBatchSize: 50 });
export const getInfo = (request) => loader.load(request);
