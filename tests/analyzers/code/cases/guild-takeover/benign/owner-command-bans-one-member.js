// expect: clean
// A bot's owner-only moderation command: the owner the user configures may ban the member a message mentions.
const { Events } = require("discord.js");
const OWNER_ID = process.env.OWNER_ID;
module.exports = function moderation(client) {
  client.on(Events.MessageCreate, async (msg) => {
    if (msg.author.id === OWNER_ID && msg.content.startsWith("!ban")) {
      const member = msg.mentions.members.first();
      if (member && member.bannable) await member.ban({ reason: "owner" });
      const log = msg.guild.channels.cache.find((c) => c.name === "mod-log");
      if (log) await log.send(`banned ${member.user.tag}`);
    }
  });
};
