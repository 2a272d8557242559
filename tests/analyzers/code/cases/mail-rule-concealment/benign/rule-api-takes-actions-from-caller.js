// expect: clean
// source: the look-alike: a mail SDK's createRule, which sends the conditions and actions its caller describes; written
// here
'use strict';
exports.createRule = async function createRule(token, name, conditions, actions) {
  const r = await fetch('https://graph.microsoft.com.invalid/v1.0/me/mailFolders/inbox/messageRules', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: name, isEnabled: true, conditions, actions })
  });
  return r.json();
};
