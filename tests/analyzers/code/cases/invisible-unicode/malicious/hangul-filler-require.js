const ㅤ = require('child_process');
