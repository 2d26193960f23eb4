import './style.css'
import { features } from './features.js'

const app = document.querySelector('#app')
app.innerHTML = `
  <h1>Harbor</h1>
  <p class="lead">Shared notes for small teams.</p>
  <ul>${features.map((f) => `<li><b>${f.title}</b> ${f.text}</li>`).join('')}</ul>
  <a class="cta" href="/signup">Start free</a>
`
