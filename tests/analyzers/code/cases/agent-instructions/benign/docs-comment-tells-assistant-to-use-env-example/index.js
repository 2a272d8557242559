// expect: clean
// source: the shape of starter kits' configuration docs: a Markdown comment for AI assistants names .env.example
// (no secret) and asks them not to reveal developers' values
module.exports = { config: () => ({}) };
