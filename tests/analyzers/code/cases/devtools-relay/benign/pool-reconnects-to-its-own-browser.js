// expect: clean
// A Puppeteer pool that keeps its browser's endpoint to reconnect after a worker crash, and reports job counts to the
// metrics host its user configures.
'use strict';
const puppeteer = require('puppeteer-core');
exports.createPool = async function createPool({ executablePath, metricsUrl }) {
  const browser = await puppeteer.launch({ executablePath });
  const endpoint = browser.wsEndpoint();
  let done = 0;
  return {
    async run(job) {
      const b = browser.isConnected() ? browser : await puppeteer.connect({ browserWSEndpoint: endpoint });
      const page = await b.newPage();
      try { return await job(page); } finally { await page.close(); done++; }
    },
    async report() { await fetch(metricsUrl, { method: 'POST', body: JSON.stringify({ done }) }); },
  };
};
