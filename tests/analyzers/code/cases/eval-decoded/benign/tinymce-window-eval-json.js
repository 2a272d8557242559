// source: selenium-webdriver 3.6.0's test data lib/test/data/js/tinymce.min.js (old TinyMCE): JSON parsed by eval spelt through the window object and a char code, in a file that decodes strings
var JSON = {
  parse: function (e) {
    try { return window[String.fromCharCode(101) + "val"]("(" + e + ")"); } catch (t) {}
  },
  escape: function (s) { return s.replace(/[\u0080-\uffff]/g, function (c) { return "\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4); }); }
};
module.exports = JSON;
