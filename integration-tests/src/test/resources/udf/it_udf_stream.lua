-- Stream and background UDFs of io.spikesdk.it.udf.OfficialClientStreamUdfTest.

local function add(a, b)
  return a + b
end

function sum(stream, name)
  local function value(rec)
    return rec[name]
  end
  return stream : map(value) : reduce(add)
end

function average(stream, name)
  local function accumulate(acc, rec)
    acc['sum'] = acc['sum'] + rec[name]
    acc['count'] = acc['count'] + 1
    return acc
  end
  local function merge(a, b)
    return map { sum = a['sum'] + b['sum'], count = a['count'] + b['count'] }
  end
  return stream : aggregate(map { sum = 0, count = 0 }, accumulate) : reduce(merge)
end

function even_values(stream, name)
  local function even(rec)
    return rec[name] % 2 == 0
  end
  local function value(rec)
    return rec[name]
  end
  return stream : filter(even) : map(value)
end

function broken(stream)
  local function explode(rec)
    error('no aggregate today')
  end
  return stream : map(explode)
end

function bump(rec, name, by)
  rec[name] = rec[name] + by
  aerospike:update(rec)
end
