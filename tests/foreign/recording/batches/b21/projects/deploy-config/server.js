require('http').createServer((q, s) => s.end('ok\n')).listen(5000);
