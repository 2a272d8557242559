#!/usr/bin/env node
import { ensureHosts } from '../index.mjs';
ensureHosts(process.argv.slice(2).map((n) => n + '.localhost'));
