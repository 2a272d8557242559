// allow: medium
// source: a deploy notifier that posts to a Telegram bot whose URL it writes as it is (the user's own bot):
// a capability, medium, not a hidden destination
const url = `https://api.telegram.org.invalid/bot${process.env.BOT_TOKEN}/sendMessage`;
async function notify(text) {
  await fetch(url, { method: 'POST', body: JSON.stringify({ chat_id: process.env.CHAT_ID, text }) });
}
module.exports = { notify };
