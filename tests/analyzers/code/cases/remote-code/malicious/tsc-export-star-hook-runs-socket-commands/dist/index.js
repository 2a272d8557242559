"use strict";
// expect: malicious
// source: blind set 17's nest-graceful-shutdown: tsc's index re-exports the service whole (`__exportStar`); the
// framework calls the exported class's onModuleInit at startup, which connects to a WebSocket and runs its commands
var __exportStar = (this && this.__exportStar) || function (m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) exports[p] = m[p];
};
Object.defineProperty(exports, "__esModule", { value: true });
__exportStar(require("./shutdown.service"), exports);
