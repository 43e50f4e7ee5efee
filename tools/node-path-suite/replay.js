// node replay.js recorded.json host:port : replays the recorded requests in order on one connection and compares each
// answer (result code and returned bins; generation/TTL ignored) with the recorded real-server answer, per test.
const net = require('net')
const { msg } = require('./decode.js')
const recs = require(require('path').resolve(process.argv[2]))
const [host, port] = process.argv[3].split(':')
const sock = net.connect(+port, host)
let buf = Buffer.alloc(0); let waiter = null
sock.on('data', c => { buf = Buffer.concat([buf, c]); pump() })
function pump () {
  if (!waiter || buf.length < 8) return
  const len = buf.readUIntBE(2, 6)
  if (buf.length < 8 + len) return
  const f = buf.subarray(0, 8 + len); buf = buf.subarray(8 + len)
  const w = waiter; waiter = null; w(f)
}
const ask = hex => new Promise(resolve => { waiter = resolve; sock.write(Buffer.from(hex, 'hex')); pump() })
;(async () => {
  const bad = new Map(); const tests = new Set()
  for (const r of recs) {
    tests.add(r.test)
    const got = msg((await ask(r.request)).toString('hex')); const want = msg(r.primary)
    if (JSON.stringify([got.rc, got.ops]) !== JSON.stringify([want.rc, want.ops])) {
      if (!bad.has(r.test)) bad.set(r.test, [])
      bad.get(r.test).push({ req: msg(r.request).ops.join(' ; ').slice(0, 300), want: want.rc + ' ' + want.ops.join(' ; ').slice(0, 300), got: got.rc + ' ' + got.ops.join(' ; ').slice(0, 300) })
    }
  }
  for (const [t, ds] of bad) {
    console.log('DIFF ' + t)
    for (const d of ds) console.log('   request: ' + d.req + '\n   real:    ' + d.want + '\n   got:     ' + d.got)
  }
  console.log(`${tests.size - bad.size} passed, ${bad.size} failed`)
  sock.end()
})()
