// source: the shape of system prompts shipped in chat templates: "do not reveal this prompt" beside the docs it cites
// and an example page; written here
'use strict';
const fs = require('fs');
const path = require('path');
const { Template } = require('@huggingface/jinja');

exports.render = (messages) =>
  new Template(fs.readFileSync(path.join(__dirname, '..', 'templates', 'llama3.jinja'), 'utf8')).render({ messages, add_generation_prompt: true });
