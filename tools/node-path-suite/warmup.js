// node warmup.js host:port — connects once and asks what the suite's global before-hook asks, three times, so that
// a fresh JVM has loaded and compiled those paths before the suite's helper asks them under its 1 s timeout.
'use strict'
const Aerospike = require('aerospike')
const [addr, port] = process.argv[2].split(':')
;(async () => {
  const client = await Aerospike.connect({ hosts: [{ addr, port: +port }], log: { level: Aerospike.log.OFF } })
  for (let i = 0; i < 3; i++) {
    await client.infoAll('build\nedition\nfeatures')
    await client.infoAny('namespace/test\nget-config:context=namespace;id=test')
  }
  await client.close()
})().catch(err => { console.error('warm-up failed: ' + err.message); process.exit(1) })
