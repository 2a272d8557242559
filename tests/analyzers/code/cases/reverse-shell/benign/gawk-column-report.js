// expect: clean
// source: a CLI that formats a CSV report with gawk (a text program over a file, no network special file)
const { execFile } = require('child_process');

function report(csv, done) {
  execFile('gawk', ['-F,', 'BEGIN{OFS="\\t"} NR>1 {total[$1]+=$3} END{for (k in total) print k, total[k]}', csv],
    (err, out) => done(err, out));
}

module.exports = { report };
