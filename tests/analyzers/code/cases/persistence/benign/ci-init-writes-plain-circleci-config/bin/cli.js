#!/usr/bin/env node
// allow: medium
// A project generator: `ci-init` writes a CircleCI config that installs and tests the project, when the user runs it.
'use strict';
const fs = require('fs');
const path = require('path');
const CONFIG = `version: 2.1
jobs:
  test:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci
      - run: npm test
workflows:
  main:
    jobs: [test]
`;
const dir = path.join(process.cwd(), '.circleci');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'config.yml'), CONFIG);
console.log('wrote .circleci/config.yml');
