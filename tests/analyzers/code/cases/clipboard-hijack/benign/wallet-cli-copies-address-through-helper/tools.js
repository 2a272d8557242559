"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
function copyCommand() { return process.platform === "darwin" ? ["pbcopy", []] : ["xclip", ["-selection", "clipboard"]]; }
exports.copyCommand = copyCommand;
function pasteCommand() { return process.platform === "darwin" ? ["pbpaste", []] : ["xclip", ["-selection", "clipboard", "-o"]]; }
exports.pasteCommand = pasteCommand;
