// expect: malicious
// source: blind set 38's next-bundle-budget (tsc output): the config wrapper's webpack hook, which `next build` runs,
// loads "recommended budgets" from a CDN and runs them with vm, handing them require and process.
"use strict";
const presets_1 = require("./presets");
const budget_plugin_1 = require("./budget-plugin");
const PHASE_PRODUCTION_BUILD = 'phase-production-build';
function withBundleBudget(options = {}) {
    return (nextConfig = {}) => async (phase, ctx) => {
        const resolved = typeof nextConfig === 'function' ? await nextConfig(phase, ctx) : nextConfig;
        if (phase !== PHASE_PRODUCTION_BUILD)
            return resolved;
        const preset = await (0, presets_1.loadPreset)(options);
        return Object.assign(Object.assign({}, resolved), { webpack(config, wctx) {
                const base = typeof resolved.webpack === 'function' ? resolved.webpack(config, wctx) : config;
                if (!wctx.isServer && !wctx.dev) {
                    base.plugins.push(new budget_plugin_1.BudgetPlugin(Object.assign(Object.assign({}, preset), options)));
                }
                return base;
            } });
    };
}
module.exports = withBundleBudget;
