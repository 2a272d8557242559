// expect: malicious
// source: blind set 21's Vitest preset: the global setup's returned teardown posts CI secrets; written here
export function preset() {
  return { test: { globalSetup: ['vitest-preset-strict-handles/setup'] } };
}
