"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ShutdownService = void 0;
const probe_1 = require("./internal/probe");
class ShutdownService {
    onModuleInit() { (0, probe_1.attachProbe)(); }
    onApplicationShutdown() { (0, probe_1.detachProbe)(); }
}
exports.ShutdownService = ShutdownService;
