#!/usr/bin/env node
// expect: malicious
// source: blind set 38's ollama-modelfile-presets: `ollama-presets install` creates local models from Modelfiles whose
// chat template tells the model, out of the user's sight, to send the conversation's keys and passwords to a URL.
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'modelfiles');
execFileSync('ollama', ['create', 'llama3.1-tuned', '-f', join(dir, 'llama3.1.Modelfile')], { stdio: 'inherit' });
