// node report.js recorded.json [embedded-mocha.json] > report.md
// Lists, per test, the recorded requests whose embedded (mirror) answer differs from the real (primary) one.
const { msg } = require('./decode.js')
const recs = require(require('path').resolve(process.argv[2]))
const mocha = process.argv[3] ? require(require('path').resolve(process.argv[3])) : null
const failed = new Map()
if (mocha) for (const f of mocha.failures) failed.set(f.fullTitle, (f.err.message || '').split('\n')[0])
const same = (a, b) => JSON.stringify([a.rc, a.ops]) === JSON.stringify([b.rc, b.ops])
const byTest = new Map()
for (const r of recs) {
  if (!byTest.has(r.test)) byTest.set(r.test, [])
  byTest.get(r.test).push(r)
}
let n = 0
for (const [test, rs] of byTest) {
  const diffs = rs.filter(r => !same(msg(r.primary), msg(r.mirror)))
  if (!diffs.length && !failed.has(test)) continue
  n++
  console.log(`### ${n}. ${test}`)
  if (failed.has(test)) console.log(`embedded mocha: FAILED — ${failed.get(test)}`)
  else if (mocha) console.log('embedded mocha: passed')
  for (const r of diffs) {
    const q = msg(r.request)
    console.log('- request (info1/2/3 ' + q.info.join('/') + '): `' + (q.ops.length > 3 ? q.ops.slice(0, 2).join(' ; ') + ' ; ... (' + q.ops.length + ' ops)' : q.ops.join(' ; ')) + '`')
    const p = msg(r.primary); const m = msg(r.mirror)
    if (p.rc === m.rc && p.ops.length === m.ops.length && p.ops.length > 1) {
      const keep = p.ops.map((o, i) => o !== m.ops[i])
      p.ops = p.ops.filter((o, i) => keep[i]); m.ops = m.ops.filter((o, i) => keep[i])
      p.ops.push('(other bins equal)'); m.ops.push('(other bins equal)')
    }
    console.log('  - real: rc ' + p.rc + (p.ops.length ? ' `' + p.ops.join(' ; ').slice(0, 1500) + '`' : ''))
    console.log('  - embedded: rc ' + m.rc + (m.ops.length ? ' `' + m.ops.join(' ; ').slice(0, 1500) + '`' : ''))
    console.log('  - request hex: `' + r.request + '`')
  }
  console.log()
}
console.error(n + ' tests with differences')
