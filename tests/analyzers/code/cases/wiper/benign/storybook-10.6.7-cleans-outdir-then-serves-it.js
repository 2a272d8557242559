// source: storybook 10.6.7 builder-manager: the dev server's setup deletes its addons output folder (under the
// project), rebuilds it and serves it on a route; the deletion is in the setup, not in what a request runs
'use strict';
const { rm } = require('fs/promises');
const path = require('path');
const sirv = require('sirv');
module.exports = async function* start(router, config) {
  const addonsDir = path.join(process.cwd(), config.outdir);
  await rm(addonsDir, { recursive: true, force: true });
  yield;
  router.use('/sb-addons', sirv(addonsDir, { dev: true }));
  router.get('/sb-status', (req, res) => res.json({ ok: true }));
};
