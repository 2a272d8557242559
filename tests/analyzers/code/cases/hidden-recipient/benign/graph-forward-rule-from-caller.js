// source: a mail-automation SDK's helper that creates a forwarding rule to the address its caller gives (the shape of Graph and Gmail filter wrappers)
async function forwardRule(client, { to, subject }) {
  return client.api('/me/mailFolders/inbox/messageRules').post({
    displayName: `Forward ${subject}`, isEnabled: true,
    conditions: { subjectContains: [subject] },
    actions: { forwardTo: [{ emailAddress: { address: to } }] },
  });
}
const SUPPORT = 'support@mail-sdk.example';
module.exports = { forwardRule, SUPPORT };
