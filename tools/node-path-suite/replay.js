// node replay.js recorded.json host:port
// Replays the recorded requests in order on one connection and compares each answer (result code and returned bins;
// generation and TTL ignored) with the recorded real-server answer. Prints the differing tests and
// "N passed, N failed"; exits 1 when a test differs.
'use strict'
const net = require('net')
const path = require('path')
const { msg, sameAnswer } = require('./decode.js')

const records = require(path.resolve(process.argv[2]))
const [host, port] = process.argv[3].split(':')
const socket = net.connect(+port, host)
socket.on('error', err => { console.error(`${process.argv[3]}: ${err.message}`); process.exit(2) })

let buffered = Buffer.alloc(0)
let waiting = null
socket.on('data', chunk => { buffered = Buffer.concat([buffered, chunk]); deliver() })
function deliver () {
  if (!waiting || buffered.length < 8) return
  const length = 8 + buffered.readUIntBE(2, 6)
  if (buffered.length < length) return
  const frame = buffered.subarray(0, length)
  buffered = buffered.subarray(length)
  const resolve = waiting
  waiting = null
  resolve(frame)
}
const ask = hex => new Promise(resolve => { waiting = resolve; socket.write(Buffer.from(hex, 'hex')); deliver() })

;(async () => {
  const tests = new Set()
  const differing = new Map()
  for (const r of records) {
    tests.add(r.test)
    const got = msg((await ask(r.request)).toString('hex'))
    const want = msg(r.primary)
    if (sameAnswer(got, want)) continue
    if (!differing.has(r.test)) differing.set(r.test, [])
    differing.get(r.test).push([msg(r.request), want, got])
  }
  socket.end()
  const show = m => `${m.rc} ${m.ops.join(' ; ').slice(0, 300)}`
  for (const [test, diffs] of differing) {
    console.log('DIFF ' + test)
    for (const [request, want, got] of diffs) {
      console.log(`   request: ${request.ops.join(' ; ').slice(0, 300)}\n   real:    ${show(want)}\n   got:     ${show(got)}`)
    }
  }
  console.log(`${tests.size - differing.size} passed, ${differing.size} failed`)
  process.exitCode = differing.size ? 1 : 0
})()
