"use strict";
exports.rotate = () => 0;
