// Decodes recorded AS_MSG frames (proto header, message header, fields, ops) into readable text: the msgpack of
// list, map and CDT/expression op values with particle-type-prefixed strings, blobs and GeoJSON.
'use strict'
function mp (b, o) {
  const t = b[o]
  const r = (v, n) => [v, o + n]
  if (t <= 0x7f) return r(t, 1)
  if (t >= 0xe0) return r(t - 256, 1)
  if ((t & 0xf0) === 0x80) return map(b, o + 1, t & 0x0f)
  if ((t & 0xf0) === 0x90) return arr(b, o + 1, t & 0x0f)
  if ((t & 0xe0) === 0xa0) return str(b, o + 1, t & 0x1f)
  switch (t) {
    case 0xc0: return r(null, 1)
    case 0xc2: return r(false, 1)
    case 0xc3: return r(true, 1)
    case 0xc4: return str(b, o + 2, b[o + 1], true)
    case 0xc5: return str(b, o + 3, b.readUInt16BE(o + 1), true)
    case 0xc6: return str(b, o + 5, b.readUInt32BE(o + 1), true)
    case 0xca: return r(b.readFloatBE(o + 1), 5)
    case 0xcb: return r({ f: b.readDoubleBE(o + 1) }, 9)
    case 0xcc: return r(b[o + 1], 2)
    case 0xcd: return r(b.readUInt16BE(o + 1), 3)
    case 0xce: return r(b.readUInt32BE(o + 1), 5)
    case 0xcf: return r(b.readBigUInt64BE(o + 1).toString(), 9)
    case 0xd0: return r(b.readInt8(o + 1), 2)
    case 0xd1: return r(b.readInt16BE(o + 1), 3)
    case 0xd2: return r(b.readInt32BE(o + 1), 5)
    case 0xd3: return r(b.readBigInt64BE(o + 1).toString(), 9)
    case 0xd4: case 0xd5: case 0xd6: case 0xd7: case 0xd8: {
      const n = 1 << (t - 0xd4)
      return r({ ext: b.readInt8(o + 1), data: b.subarray(o + 2, o + 2 + n).toString('hex') }, 2 + n)
    }
    case 0xc7: return r({ ext: b.readInt8(o + 2), data: b.subarray(o + 3, o + 3 + b[o + 1]).toString('hex') }, 3 + b[o + 1])
    case 0xd9: return str(b, o + 2, b[o + 1])
    case 0xda: return str(b, o + 3, b.readUInt16BE(o + 1))
    case 0xdb: return str(b, o + 5, b.readUInt32BE(o + 1))
    case 0xdc: return arr(b, o + 3, b.readUInt16BE(o + 1))
    case 0xdd: return arr(b, o + 5, b.readUInt32BE(o + 1))
    case 0xde: return map(b, o + 3, b.readUInt16BE(o + 1))
    case 0xdf: return map(b, o + 5, b.readUInt32BE(o + 1))
  }
  throw new Error('msgpack byte ' + t.toString(16) + ' at ' + o)
}
function str (b, o, n, bin) {
  const s = b.subarray(o, o + n)
  let v
  if (n > 0 && s[0] === 3) v = s.subarray(1).toString('utf8')
  else if (n > 0 && s[0] === 4) v = { blob: s.subarray(1).toString('hex') }
  else if (n > 0 && s[0] === 23) v = { geo: s.subarray(1).toString('utf8') }
  else v = bin ? { bin: s.toString('hex') } : { raw: s.toString('latin1') }
  return [v, o + n]
}
function arr (b, o, n) {
  const a = []
  for (let i = 0; i < n; i++) { const [v, p] = mp(b, o); a.push(v); o = p }
  return [a, o]
}
function map (b, o, n) {
  const a = []
  for (let i = 0; i < n; i++) {
    const [k, p] = mp(b, o); const [v, q] = mp(b, p); a.push([k, v]); o = q
  }
  return [{ map: a }, o]
}
function fmt (v) {
  if (v === null) return 'nil'
  if (Array.isArray(v)) return '[' + v.map(fmt).join(', ') + ']'
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v !== 'object') return String(v)
  if ('f' in v) return (Number.isInteger(v.f) ? v.f.toFixed(1) : String(v.f))
  if ('map' in v) return '{' + v.map.map(([k, x]) => fmt(k) + ': ' + fmt(x)).join(', ') + '}'
  if ('ext' in v) return 'ext(' + v.ext + ',' + v.data + ')'
  if ('blob' in v) return 'blob:' + v.blob
  if ('geo' in v) return 'geo:' + v.geo
  if ('bin' in v) return 'bin:' + v.bin
  if ('raw' in v) return 'raw:' + JSON.stringify(v.raw)
  return JSON.stringify(v)
}
function particle (type, data) {
  switch (type) {
    case 0: return 'nil'
    case 1: return String(data.readBigInt64BE(0))
    case 2: return String(data.readDoubleBE(0))
    case 3: return JSON.stringify(data.toString('utf8'))
    case 4: return 'blob:' + data.toString('hex')
    case 17: return 'bool:' + data[0]
    case 18: return 'hll:' + data.toString('hex').slice(0, 16) + '..'
    case 19: case 20: {
      try { return fmt(mp(data, 0)[0]) } catch (e) { return 'undecodable:' + data.toString('hex') }
    }
    case 23: return 'geo:' + data.toString('utf8')
    default: return 't' + type + ':' + data.toString('hex')
  }
}
const OP_NAMES = {
  1: 'read', 2: 'write', 3: 'cdt_read', 4: 'cdt_modify', 5: 'incr', 7: 'exp_read', 8: 'exp_modify', 9: 'append',
  10: 'prepend', 11: 'touch', 12: 'bit_read', 13: 'bit_modify', 14: 'delete', 15: 'hll_read', 16: 'hll_modify'
}
// Op types whose value is a msgpack program (sent with particle type blob).
const MSGPACK_OPS = new Set([3, 4, 7, 8, 12, 13, 15, 16])
const HEADER = 8 // proto version, type, 6-byte length

function opValue (opType, particleType, data) {
  if (!MSGPACK_OPS.has(opType) || particleType !== 4) return particle(particleType, data)
  try {
    return fmt(mp(data, 0)[0])
  } catch (e) {
    return 'undecodable:' + data.toString('hex')
  }
}

/** The info1/2/3 bytes, result code and ops ("type bin = value") of one AS_MSG frame given as hex. */
function msg (hex) {
  const frame = Buffer.from(hex, 'hex')
  const info = [frame[HEADER + 1], frame[HEADER + 2], frame[HEADER + 3]]
  const rc = frame[HEADER + 5]
  const fieldCount = frame.readUInt16BE(HEADER + 18)
  const opCount = frame.readUInt16BE(HEADER + 20)
  let at = HEADER + 22
  for (let i = 0; i < fieldCount; i++) at += 4 + frame.readUInt32BE(at)
  const ops = []
  for (let i = 0; i < opCount; i++) {
    const size = frame.readUInt32BE(at)
    const opType = frame[at + 4]
    const particleType = frame[at + 5]
    const nameLength = frame[at + 7]
    const name = frame.subarray(at + 8, at + 8 + nameLength).toString()
    const data = frame.subarray(at + 8 + nameLength, at + 4 + size)
    const value = data.length ? ' = ' + opValue(opType, particleType, data) : ''
    ops.push((OP_NAMES[opType] || 'op' + opType) + ' ' + name + value)
    at += 4 + size
  }
  return { info, rc, ops }
}

/** Same result code and same returned bins (generation and TTL are not compared). */
function sameAnswer (a, b) {
  return JSON.stringify([a.rc, a.ops]) === JSON.stringify([b.rc, b.ops])
}
module.exports = { msg, sameAnswer }
