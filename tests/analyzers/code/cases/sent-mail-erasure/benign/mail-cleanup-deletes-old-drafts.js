// source: a mailbox housekeeping tool: sends the user a summary, then deletes old drafts (not sent messages) that the
// user asked it to clear
'use strict';
const graph = (token, method, url, body) => fetch('https://graph.microsoft.com/v1.0' + url,
  { method, headers: { authorization: 'Bearer ' + token }, body: body && JSON.stringify(body) });
exports.cleanup = async (token, me, drafts) => {
  for (const d of drafts) await graph(token, 'DELETE', `/me/mailFolders/drafts/messages/${d.id}`);
  await graph(token, 'POST', '/me/sendMail', { message: { subject: 'Cleanup done', toRecipients: [{ emailAddress: { address: me } }] } });
};
