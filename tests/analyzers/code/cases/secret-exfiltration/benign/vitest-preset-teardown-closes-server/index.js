// expect: clean
// source: the look-alike of the Vitest preset above: a global setup that starts a mock server and reports the
// run's timing to the URL the project configures; written here
export function preset() {
  return { test: { globalSetup: ['vitest-preset-mock-server/setup'] } };
}
