// source: the shape of nightwatch-axe-verbose and @nightwatch/apitesting: a plugin whose globals file fetches a rules
// document before the run and caches it as JSON for the commands; nothing downloaded is run
module.exports = {};
