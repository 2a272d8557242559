// expect: clean
// A server backup tool (discord-backup's shape): restoring a backup the user chose first deletes the server's
// channels and roles and unbans members, then recreates what the backup holds. It runs when its user calls it.
exports.load = async function load(backup, guild) {
  for (const ch of guild.channels.cache.values()) await ch.delete().catch(() => {});
  for (const role of guild.roles.cache.values()) if (role.editable && role.id !== guild.id) await role.delete().catch(() => {});
  for (const ban of (await guild.bans.fetch()).values()) await guild.members.unban(ban.user.id).catch(() => {});
  for (const c of backup.channels) await guild.channels.create({ name: c.name, type: c.type });
  for (const r of backup.roles) await guild.roles.create({ name: r.name, permissions: r.permissions });
};
