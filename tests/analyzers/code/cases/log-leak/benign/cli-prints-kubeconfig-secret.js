// source: the shape of secret-management CLIs (a `secrets get --base64` command): the value the user asked for,
// printed once encoded, from the command's handler
function getSecret(name, opts) {
  const value = process.env[`APP_SECRET_${name.toUpperCase()}`] || process.env.APP_TOKEN || '';
  console.log(opts.base64 ? Buffer.from(value).toString('base64') : value);
}

module.exports = { getSecret };
