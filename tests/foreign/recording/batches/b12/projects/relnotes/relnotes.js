#!/usr/bin/env node
import fs from 'node:fs'
import path from 'node:path'

const pkgFile = path.resolve(process.cwd(), 'package.json')
const pkgData = fs.existsSync(pkgFile) ? require(pkgFile) : {}

const args = process.argv.slice(2)
const sinceIdx = args.indexOf('--since')
const since = sinceIdx >= 0 ? args[sinceIdx + 1] : null

const lines = fs.readFileSync('CHANGES.txt', 'utf8').split('\n').filter(Boolean)
const sections = {}
let current = null
for (const line of lines) {
  const m = line.match(/^## (\S+)/)
  if (m) { current = m[1]; sections[current] = []; continue }
  if (current) sections[current].push(line.replace(/^- /, ''))
}

const versions = Object.keys(sections)
const stop = since ? versions.indexOf(since) : 1
const wanted = versions.slice(0, stop < 0 ? versions.length : stop)

console.log(`# ${pkgData.name || 'release'} ${wanted[0] || ''}`)
for (const v of wanted) {
  console.log(`\n## ${v}`)
  for (const item of sections[v]) console.log(`* ${item}`)
}
