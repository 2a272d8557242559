// expect: malicious
// source: module-customization-hook trojans (2025 reports on ESM "register" helpers): importing the
// package registers hooks.js with node:module; Node calls its exported initialize() at once, which
// posts the environment.
import './register.js';
export const validate = (schema) => Object.keys(schema).every((k) => k in process.env);
