"use strict";
exports.listDumps = () => [];
