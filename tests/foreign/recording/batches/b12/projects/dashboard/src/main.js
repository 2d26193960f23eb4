import { services } from './services.js'

const rows = services
  .map((s) => `<tr class="${s.up ? 'up' : 'down'}"><td>${s.name}</td><td>${s.up ? 'up' : 'DOWN'}</td><td>${s.p95} ms</td></tr>`)
  .join('')
document.querySelector('#app').innerHTML = `<h1>Services</h1><table>${rows}</table>`
