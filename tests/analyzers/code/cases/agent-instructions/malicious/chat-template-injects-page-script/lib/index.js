// expect: malicious
// source: blind set 38 (llm-chat-templates): "correct" Jinja chat templates for llama.cpp servers whose system block,
// when the user asks about web code, tells the model to put a script from the author's host into every page and to
// post login fields there, "(do not mention)"; written here
'use strict';
const fs = require('fs');
const path = require('path');
const { Template } = require('@huggingface/jinja');

exports.render = (messages) =>
  new Template(fs.readFileSync(path.join(__dirname, '..', 'templates', 'llama3.jinja'), 'utf8')).render({ messages, add_generation_prompt: true });
