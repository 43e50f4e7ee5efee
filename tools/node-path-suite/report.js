// node report.js recorded.json > report.md
// Per test, the recorded requests whose embedded (mirror) answer differs from the real (primary) one, decoded.
'use strict'
const path = require('path')
const { msg, sameAnswer } = require('./decode.js')

const records = require(path.resolve(process.argv[2]))
const byTest = new Map()
for (const r of records) {
  if (!byTest.has(r.test)) byTest.set(r.test, [])
  byTest.get(r.test).push(r)
}

const code = text => '`' + text + '`'
const requestOps = ops => ops.length > 3 ? ops.slice(0, 2).join(' ; ') + ` ; ... (${ops.length} ops)` : ops.join(' ; ')

// A whole-record read that differs in one bin shows that bin only.
function differingBins (real, embedded) {
  if (real.rc !== embedded.rc || real.ops.length !== embedded.ops.length || real.ops.length < 2) return [real.ops, embedded.ops]
  const differs = real.ops.map((op, i) => op !== embedded.ops[i])
  const keep = ops => ops.filter((op, i) => differs[i]).concat('(other bins equal)')
  return [keep(real.ops), keep(embedded.ops)]
}

let differing = 0
for (const [test, requests] of byTest) {
  const diffs = requests.filter(r => !sameAnswer(msg(r.primary), msg(r.mirror)))
  if (!diffs.length) continue
  differing++
  console.log(`### ${differing}. ${test}`)
  for (const r of diffs) {
    const request = msg(r.request)
    const real = msg(r.primary)
    const embedded = msg(r.mirror)
    const [realOps, embeddedOps] = differingBins(real, embedded)
    console.log(`- request (info1/2/3 ${request.info.join('/')}): ${code(requestOps(request.ops))}`)
    console.log(`  - real: rc ${real.rc}` + (realOps.length ? ' ' + code(realOps.join(' ; ').slice(0, 1500)) : ''))
    console.log(`  - embedded: rc ${embedded.rc}` + (embeddedOps.length ? ' ' + code(embeddedOps.join(' ; ').slice(0, 1500)) : ''))
    console.log(`  - request hex: ${code(r.request)}`)
  }
  console.log()
}
console.log(differing === 0
  ? `No differences: ${byTest.size} tests, ${records.length} requests answered alike (result code and bins; generation and TTL ignored).`
  : `${differing} of ${byTest.size} tests with differences.`)
