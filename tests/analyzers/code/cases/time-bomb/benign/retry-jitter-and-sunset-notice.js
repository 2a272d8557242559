// source: a CLI's sunset notice after a fixed date and jittered retries that exit on the last failure (shape of many release tools)
const SUNSET = new Date(2027, 0, 1);
function notice() {
  if (new Date() > SUNSET) console.warn('this major version is no longer supported');
}
async function retry(fn, attempts) {
  for (let i = 0; i < attempts; i++) {
    const delay = 100 * (1 + Math.random());
    try {
      return await fn();
    } catch (e) {
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  console.error('giving up');
  process.exit(1);
}
module.exports = { notice, retry };
