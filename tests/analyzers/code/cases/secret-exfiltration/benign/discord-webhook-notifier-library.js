// source: the shape of deploy notifiers built on discord.js's WebhookClient: the caller hands the webhook's id and
// token and the message; the library formats it and posts it, nothing of the machine is read.
const { WebhookClient, EmbedBuilder } = require('discord.js');

function notifier({ id, token }) {
  const hook = new WebhookClient({ id, token });
  return {
    async deployed(service, version, url) {
      const embed = new EmbedBuilder().setTitle(`${service} ${version} deployed`).setURL(url).setColor(0x57f287);
      await hook.send({ username: 'deploys', embeds: [embed] });
    },
    destroy: () => hook.destroy(),
  };
}

module.exports = notifier;
