// source: the shape of syslog-over-UDP request loggers (express-syslog-like): the datagrams go to the host the user
// configures, or to this machine by default; written here
import { publish, target } from './viewer.js';

export default function devlog(options = {}) {
  const dest = target(options.viewer);
  return (req, res, next) => {
    const start = Date.now();
    res.on('finish', () => {
      publish({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Date.now() - start,
        reqHeaders: req.headers, reqBody: req.body }, dest);
    });
    next();
  };
}
