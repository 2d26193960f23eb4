export const services = [
  { name: 'api', up: true, p95: 142 },
  { name: 'worker', up: true, p95: 980 },
  { name: 'billing', up: false, p95: 0 },
]
