// expect: clean
// A group-management bot's `/promote` command: a chat administrator replies to a member's message, and the bot
// promotes that member with the rights the administrator's settings give. No id or password of its own.
module.exports = function promoteCommand(bot, settings) {
  bot.command('promote', async (ctx) => {
    const caller = await ctx.getChatMember(ctx.from.id);
    if (!['creator', 'administrator'].includes(caller.status) || !ctx.message.reply_to_message) return;
    const target = ctx.message.reply_to_message.from.id;
    await ctx.telegram.promoteChatMember(ctx.chat.id, target, { can_delete_messages: true, ...settings.rights });
    await ctx.reply('Promoted.');
  });
};
