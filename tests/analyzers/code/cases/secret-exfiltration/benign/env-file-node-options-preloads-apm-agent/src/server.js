// expect: benign
// The same preload, doing what it says: it starts an APM agent that reports request timings to the service the
// project's own .env names (compare the key uploader).
const http = require('http');
http.createServer((req, res) => res.end('{"orders":[]}')).listen(process.env.PORT || 4000);
