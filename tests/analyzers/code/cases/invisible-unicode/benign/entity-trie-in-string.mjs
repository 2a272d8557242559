// source: html-minifier-terser@7.2.0 dist/htmlminifier.umd.bundle.min.js (the `entities` package's
// HTML decode trie, bundled) and effect@4.1.0 dist/http-api/internal/httpApiScalar.js (a minified
// script that bundles the same trie, exported as one string): the trie packs entity names and code
// points into a string of UTF-16 units, U+1160 and U+FFA0 among them. Text in a string, a template,
// a regex or a comment is not a name in the code.
const htmlDecodeTree = new Uint16Array(';槂ubsĀ;u᪻᪼晣it»᪼ˬ᫇᫔᫺\0ᬊonĀ;eᫍᫎ䀺Ā;qÇÆɭ᫙\0\0᫢aĀ;t᫞᫟䀬;䁀ƀ;fl᫨᫩᫫戁îᅠeĀmx᫱᫶ent»᫩eóɍǧ᫾\0ᬇĀ;dኻᬂot;橭nôɆƀfryᬐᬔᬗ;'.split("").map((e=>e.charCodeAt(0))));
/* a comment quoting the half-width filler: ﾠ */
const halfWidth = /[ﾠ-ￜ]/;
const page = `<script>const trie=";槂ubsĀ;u᪻᪼晣it»᪼ˬ᫇᫔᫺\0ᬊonĀ;eᫍᫎ䀺Ā;qÇÆɭ᫙\0\";</script>`;
export const javascript = "!function(){\"use strict\";var t=new Uint16Array(\"0᫢aĀ;t᫞᫟䀬;䁀ƀ;fl᫨᫩᫫戁îᅠeĀmx᫱᫶ent»᫩eóɍǧ᫾\0ᬇĀ;dኻᬂot;橭nôɆƀfryᬐᬔᬗ;\".split(\"\"))}();";
export { htmlDecodeTree, halfWidth, page };
