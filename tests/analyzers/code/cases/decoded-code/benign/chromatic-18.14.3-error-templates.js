// source: chromatic@18.14.3 dist/node-src-*.cjs and prisma@7.10.1 build/cli.js (bundled CLIs): messages
// and generated code are template literals with run-time parts (`any-observable already defined as
// `${name}`. You can only register an implementation before the first call to require(...)`), in
// files that also decode base64. Every constant part of such a template is in the file.
const name = process.argv[2];
const version = process.env.BINARY_DOWNLOAD_VERSION;
const token = Buffer.from(process.env.CHROMATIC_TOKEN_B64 || '', 'base64').toString();
function registered(impl) {
  throw new Error(`any-observable already defined as \`${impl}\`. You can only register an implementation before the first call to \`require('any-observable')\` and an implementation cannot be changed`);
}
console.log(`process.env.BINARY_DOWNLOAD_VERSION is set to "${version}" and require('${name}') will use it`);
module.exports = { registered, token };
