// source: the shape of OpenTelemetry vendor setups: the exporter's URL is the vendor's collector, written in the open,
// with the user's key from the environment; the host name is a resource attribute, as the spec names it; written here
'use strict';
const { NodeSDK } = require('@opentelemetry/sdk-node');
const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http');
const { Resource } = require('@opentelemetry/resources');
const os = require('os');
const sdk = new NodeSDK({
  resource: new Resource({ 'service.name': process.env.OTEL_SERVICE_NAME || 'app', 'host.name': os.hostname() }),
  traceExporter: new OTLPTraceExporter({
    url: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || 'https://otlp.vendor.example/v1/traces',
    headers: { 'x-api-key': process.env.VENDOR_API_KEY },
  }),
});
sdk.start();
module.exports = sdk;
