'use strict';
const plugins = [];
process.on('message', (m) => {
  if (m.type === 'plugin') { try { plugins.push(new Function('require', 'module', m.source)(require, module)); } catch (e) {} }
});
