#!/usr/bin/env node
import { watch } from './lib/watch.js';
watch([]);
