module.exports.hook = 'https://discord.example/api/webhooks/123/abc';
