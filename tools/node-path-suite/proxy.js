// A recording TCP proxy for the Aerospike wire protocol. Forwards every frame to the primary server and records,
// for each AS_MSG request (proto type 3), the request, the primary's answer and, when a mirror is given, the
// mirror's answer to the same bytes, tagged with the mocha test running at the time (read from REC_TITLE, which
// hook.js writes). Prints "listening PORT" once ready; writes REC_OUT (JSON) on SIGTERM.
// env: REC_TARGET=host:port [REC_MIRROR=host:port] REC_TITLE=file REC_OUT=file
'use strict'
const net = require('net')
const fs = require('fs')

const [targetHost, targetPort] = process.env.REC_TARGET.split(':')
const mirror = process.env.REC_MIRROR ? process.env.REC_MIRROR.split(':') : null
const records = []

function currentTest () {
  try {
    return fs.readFileSync(process.env.REC_TITLE, 'utf8')
  } catch (e) {
    if (e.code === 'ENOENT') return '(before the first test)'
    throw e
  }
}

function frameReader (onFrame) {
  let buf = Buffer.alloc(0)
  return chunk => {
    buf = Buffer.concat([buf, chunk])
    while (buf.length >= 8) {
      const len = buf.readUIntBE(2, 6)
      if (buf.length < 8 + len) break
      onFrame(buf.subarray(0, 8 + len))
      buf = buf.subarray(8 + len)
    }
  }
}

// Requests go to the mirror one at a time per client connection, so answers pair with requests in order.
function mirrorConnection () {
  const socket = net.connect(+mirror[1], mirror[0])
  const waiting = []
  socket.on('data', frameReader(frame => waiting.shift()(frame)))
  socket.on('error', err => console.error('mirror connection: ' + err.message))
  return frame => new Promise(resolve => { waiting.push(resolve); socket.write(frame) })
}

const server = net.createServer(client => {
  const upstream = net.connect(+targetPort, targetHost)
  const askMirror = mirror ? mirrorConnection() : null
  const pending = []
  client.on('data', frameReader(frame => {
    let record = null
    if (frame[1] === 3) {
      record = { test: currentTest(), request: frame.toString('hex') }
      records.push(record)
      if (askMirror) askMirror(frame).then(answer => { record.mirror = answer.toString('hex') })
    }
    pending.push(record)
    upstream.write(frame)
  }))
  upstream.on('data', frameReader(frame => {
    const record = pending.shift()
    if (record) record.primary = frame.toString('hex')
    client.write(frame)
  }))
  client.on('error', () => upstream.destroy())
  upstream.on('error', () => client.destroy())
  client.on('close', () => upstream.end())
  upstream.on('close', () => client.end())
})

server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port))
process.on('SIGTERM', () => {
  fs.writeFileSync(process.env.REC_OUT, JSON.stringify(records, null, 1))
  process.exit(0)
})
