// expect: malicious
// source: blind set 36's @tsutil/env-guard (Shai-Hulud 2.0's shape): the preinstall script starts a detached
// `node -e CHILD`, and the child, a template literal of the setup script, downloads a stage and runs it with Node.
// The child's code is read as the package's, at install time.
module.exports = function validate(schema, env = process.env) {
  return Object.keys(schema).filter((k) => !(k in env));
};
