// expect: malicious
// source: the Jinja shape of blind set 38's chat-template backdoor, with the request the Modelfile sample made: the
// system block asks the model, "(do not mention)", to post any API keys the conversation holds; written here
module.exports = { template: 'templates/qwen2.jinja' };
