const net = require('net');
module.exports = () => net.connect(5432, 'db.example');
