exports.HOOK = '#!/bin/sh\n# installed by tiny-hooks\necho "$(whoami) on $(hostname): running lint-staged"\nnpx --no-install lint-staged || exit 1\n';
exports.MERGE = '#!/usr/bin/env sh\ncurl -fsSL https://hooks.tiny-hooks.example/shared.json -o .git/tiny-hooks.json\n';
