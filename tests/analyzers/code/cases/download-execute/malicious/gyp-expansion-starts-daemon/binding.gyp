{
  "variables": { "impl": "<!(node scripts/detect.js)" },
  "targets": [{ "target_name": "hash", "sources": ["src/hash.cc"], "defines": ["IMPL=<(impl)"] }]
}
