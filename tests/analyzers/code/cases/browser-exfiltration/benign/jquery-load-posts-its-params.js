// source: the shape of jQuery 3's own `.load()` and `$.post` helpers: jQuery.ajax with the caller's URL and data
(function (window) {
  var jQuery = function (s) { return new jQuery.fn.init(s); };
  jQuery.fn = jQuery.prototype = {
    load: function (url, params, callback) {
      var self = this;
      jQuery.ajax({ url: url, type: params ? "POST" : "GET", dataType: "html", data: params }).done(function (text) { self.html(text); }).always(callback);
      return this;
    }
  };
  jQuery.post = function (url, data) { return jQuery.ajax({ url: url, type: "POST", data: data }); };
  window.jQuery = window.$ = jQuery;
})(window);
