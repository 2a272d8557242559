// source: the shape of prompt-injection guards for LLM apps (rebuff, llm-guard ports): a list of injection phrases
// the library looks for in user input, and a verdict it returns to the caller.
const PATTERNS = [
  /ignore (all )?(the )?previous instructions/i,
  /disregard (all )?prior instructions/i,
  /you are now (DAN|in developer mode)/i,
  /reveal (your )?system prompt/i,
];

function check(input) {
  const hits = PATTERNS.filter((p) => p.test(input)).map((p) => p.source);
  return { safe: hits.length === 0, hits };
}

module.exports = { check, PATTERNS };
