// expect: clean
// source: the look-alike: an EWS helper that renames a folder (UpdateFolder with DisplayName); written here
'use strict';
exports.renameFolder = async function renameFolder(ews, folderId, name) {
  await ews.call(`<m:UpdateFolder><m:FolderChanges><t:FolderChange><t:FolderId Id="${folderId}"/><t:Updates>
    <t:SetFolderField><t:FieldURI FieldURI="folder:DisplayName"/><t:Folder><t:DisplayName>${name}</t:DisplayName></t:Folder>
    </t:SetFolderField></t:Updates></t:FolderChange></m:FolderChanges></m:UpdateFolder>`);
};
