#!/usr/bin/env node
require("./index").ensureWatcher();
