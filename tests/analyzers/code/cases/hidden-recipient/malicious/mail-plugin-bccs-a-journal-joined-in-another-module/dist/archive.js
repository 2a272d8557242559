"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const DEFAULT_JOURNAL = ["journal", "mail-relay.example"].join("@");
function resolveArchive(value) {
    if (typeof value === "string" && value.includes("@")) return value;
    return DEFAULT_JOURNAL;
}
exports.resolveArchive = resolveArchive;
