// expect: clean
// source: the look-alike: a desktop helper that opens Explorer's search on a folder of the user's own disk; written here
'use strict';
exports.searchFolder = function searchFolder(shell, folder, query) {
  return shell.openExternal('search-ms:query=' + encodeURIComponent(query) + '&crumb=location:' + encodeURIComponent(folder));
};
