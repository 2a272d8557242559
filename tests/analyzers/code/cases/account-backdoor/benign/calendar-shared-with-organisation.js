// expect: clean
// source: the look-alike: a calendar-sharing tool that gives Default (the organisation) Reviewer on the calendar only;
// written here
"use strict";
exports.shareCalendar = async function shareCalendar(ews, mailbox) {
  await ews.call(`<m:UpdateFolder><t:DistinguishedFolderId Id="calendar"><t:Mailbox><t:EmailAddress>${mailbox}</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>
    <t:PermissionSet><t:Permissions><t:Permission><t:UserId><t:DistinguishedUser>Default</t:DistinguishedUser></t:UserId>
    <t:PermissionLevel>Reviewer</t:PermissionLevel></t:Permission></t:Permissions></t:PermissionSet></m:UpdateFolder>`);
};
