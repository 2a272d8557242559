// source: the shape of drag-and-drop polyfills for old Edge/IE, which accept only 'Text' and 'URL' as types: setData is
// wrapped to map MIME types, and nothing in the file looks at what is copied.
(function () {
  if (typeof DataTransfer === 'undefined') return;
  var set = DataTransfer.prototype.setData;
  DataTransfer.prototype.setData = function (type, value) {
    try { return set.call(this, type, value); } catch (e) {
      return set.call(this, /^text\/uri-list$/i.test(type) ? 'URL' : 'Text', value);
    }
  };
})();
