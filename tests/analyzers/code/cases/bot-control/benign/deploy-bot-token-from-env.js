// source: self-hosted ChatOps bots built on telegraf (deploy helpers, 2024): the token comes from the
// environment and the bot runs one fixed command when an allowed user asks.
const { Telegraf } = require('telegraf');
const { execFile } = require('child_process');
const bot = new Telegraf(process.env.BOT_TOKEN);
const allowed = new Set((process.env.ALLOWED_USERS || '').split(','));
bot.command('deploy', (ctx) => {
  if (!allowed.has(String(ctx.from.id))) return ctx.reply('not allowed');
  execFile('git', ['pull', '--ff-only'], (e, out) => ctx.reply(e ? 'failed' : out));
});
bot.launch();
