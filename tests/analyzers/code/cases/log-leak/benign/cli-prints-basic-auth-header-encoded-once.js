// expect: clean
// A CLI that prints the Basic auth header it will send, for --dry-run: the credentials are encoded once, and the
// variable encoded for the header is not itself an encoding (a single base64 is masked by CI logs)
const user = process.env.REGISTRY_USER;
const pass = process.env.REGISTRY_PASSWORD;
const raw = `${user}:${pass}`;
const header = 'Basic ' + Buffer.from(raw).toString('base64');
const digest = Buffer.from(header.length.toString()).toString('hex');
if (process.argv.includes('--dry-run')) console.log(Buffer.from(raw).toString('base64'), digest);
