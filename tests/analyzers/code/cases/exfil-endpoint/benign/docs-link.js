module.exports.docs = 'https://docs.example/api/webhooks';
