const cache = require('../cache');
module.exports = {
  meta: { type: 'layout' },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Program(node) {
        if (!sourceCode.getAllComments().length) context.report({ node, message: 'Missing file header.' });
      },
      'Program:exit'() {
        cache.add(context.filename, sourceCode.text);
      },
    };
  },
};
