// source: the shape of CI test-analytics reporters (BuildPulse, Currents, Datadog CI visibility): a karma plugin table
// whose reporter sends the run's results with the CI's commit metadata and its own prefixed settings to its service
'use strict';
const InsightsReporter = require('./lib/reporter');
module.exports = { 'reporter:ci-insights': ['type', InsightsReporter] };
