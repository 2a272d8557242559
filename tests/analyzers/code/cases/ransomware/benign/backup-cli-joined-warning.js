// source: the shape of a database backup CLI: its prune command deletes old backups and prints a warning joined
// from parts (written in the file as they are)
const fs = require('fs');
function prune(dir, keep) {
  const old = fs.readdirSync(dir).sort().slice(0, -keep);
  const warning = 'Backups older than ' + keep + ' runs have been deleted. ' + 'To restore one, contact your administrator ' + 'before the deadline of the retention policy.';
  old.forEach((f) => fs.unlinkSync(dir + '/' + f));
  console.warn(warning);
}
module.exports = { prune };
