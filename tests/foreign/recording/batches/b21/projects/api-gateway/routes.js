module.exports = [
  { path: '/users', target: 'http://users:8001' },
  { path: '/orders', target: 'http://orders:8002' },
];
