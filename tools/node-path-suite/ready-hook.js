// Mocha root hook: before the first test, wait until the suite's helper knows the server's build. The suite's
// global before-hook starts connect() + info without awaiting them, and its describe-level version check then
// skips the first test while the build is still unknown; that test's afterEach remove fails and mocha aborts the
// whole describe. On a loaded machine or a cold server this race is lost against any server.
'use strict'
const path = require('path')
let ready = false
exports.mochaHooks = {
  async beforeEach () {
    if (ready) return
    // Loaded by the test files already, so this is the same module instance and registers no hooks again.
    const helper = require(path.join(process.cwd(), 'test', 'test_helper.js'))
    const deadline = Date.now() + 10000
    while (!helper.cluster.build) {
      if (Date.now() > deadline) throw new Error('the suite helper did not learn the server build within 10 s')
      await new Promise(resolve => setTimeout(resolve, 10))
    }
    ready = true
  }
}
