// source: the shape of OpenTelemetry vendor distributions (@honeycombio/opentelemetry-node-like): the exporter's
// endpoint defaults to the vendor's collector and its header carries the user's own key, taken from options; written here
'use strict';
process.env.OTEL_EXPORTER_OTLP_ENDPOINT = process.env.OTEL_EXPORTER_OTLP_ENDPOINT || 'https://api.collector.example';

exports.configure = function configure(options = {}) {
  process.env.OTEL_EXPORTER_OTLP_HEADERS = `x-team=${options.apiKey || process.env.COLLECTOR_API_KEY}`;
  process.env.OTEL_SERVICE_NAME = options.serviceName || 'unknown_service';
};
