// expect: benign
// A one-expression helper that hands a constant to Function, as feature tests do (`supports('async () => {}')`): the
// folded code is judged and adds nothing to the page (compare the component that runs hidden code through such a helper).
const supports = (src) => { try { return Function('"use strict"; return (' + src + ')'); } catch (e) { return null; } };
export const asyncFunctions = Boolean(supports('async () => {}'));
export const optionalChaining = Boolean(supports('({a: 1})?.a'));
