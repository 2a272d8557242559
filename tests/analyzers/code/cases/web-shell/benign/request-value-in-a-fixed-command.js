// source: the shape of server-side image and git helpers: a request parameter is one word of a command the
// package writes (a command-injection risk for an audit, not a backdoor), and a request header is logged
'use strict';
const { execFile, exec } = require('child_process');

module.exports = function thumbnails(dir) {
  return function (req, res, next) {
    const size = String(parseInt(req.query.size, 10) || 128);
    console.log('thumbnail for', req.get('user-agent'));
    execFile('convert', [dir + '/' + req.params.name, '-resize', size, '-'], (err, out) => {
      if (err) return next(err);
      res.type('png').send(out);
    });
    exec('git rev-parse HEAD', (e, sha) => res.set('X-Build', String(sha).trim()));
  };
};
