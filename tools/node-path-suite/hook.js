// Mocha root hooks: tell proxy.js (through the REC_TITLE file) which test is running.
'use strict'
const fs = require('fs')
exports.mochaHooks = {
  beforeEach () { fs.writeFileSync(process.env.REC_TITLE, this.currentTest.fullTitle()) },
  afterEach () { fs.writeFileSync(process.env.REC_TITLE, '(between tests, after ' + this.currentTest.fullTitle() + ')') }
}
