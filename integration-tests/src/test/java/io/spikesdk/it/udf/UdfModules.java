package io.spikesdk.it.udf;

/** The Lua modules the UDF integration tests register. */
final class UdfModules {
    private UdfModules() {
    }

    /** Record UDFs: echo an argument, read and write bins, create and remove the record, fail. */
    static final String RECORD = """
        function echo(rec, a)
          return a
        end

        function echo_all(rec, ...)
          return list{...}
        end

        function typename(rec, a)
          return type(a)
        end

        function nothing(rec)
        end

        function get_bin(rec, bin)
          return rec[bin]
        end

        function set_bin(rec, bin, value)
          rec[bin] = value
          if aerospike:exists(rec) then
            aerospike:update(rec)
          else
            aerospike:create(rec)
          end
          return rec[bin]
        end

        function remove_record(rec)
          if aerospike:exists(rec) then
            aerospike:remove(rec)
            return 1
          end
          return 0
        end

        function raise(rec, message)
          error(message)
        end

        function nil_arithmetic(rec)
          local missing = nil
          return missing + 1
        end

        function add_to_bin(rec, bin, n)
          if aerospike:exists(rec) then
            rec[bin] = (rec[bin] or 0) + n
            aerospike:update(rec)
          end
        end
        """;

    /** Stream UDFs for aggregations: sums, an average, a grouping, values without a reduce, failures. */
    static final String STREAM = """
        local function add(a, b)
          return a + b
        end

        function sum(stream, bin)
          local function value(rec)
            return rec[bin]
          end
          return stream : map(value) : reduce(add)
        end

        function sum_above(stream, bin, min)
          local function big(rec)
            return rec[bin] > min
          end
          local function value(rec)
            return rec[bin]
          end
          return stream : filter(big) : map(value) : reduce(add)
        end

        function average(stream, bin)
          local function accumulate(m, rec)
            m['sum'] = m['sum'] + rec[bin]
            m['count'] = m['count'] + 1
            return m
          end
          local function merge(a, b)
            return map.merge(a, b, add)
          end
          local function finish(m)
            return m['sum'] / m['count']
          end
          return stream : aggregate(map{sum = 0, count = 0}, accumulate) : reduce(merge) : map(finish)
        end

        function stats(stream, bin)
          local function accumulate(m, rec)
            m['count'] = m['count'] + 1
            local l = m['values']
            list.append(l, rec[bin])
            m['values'] = l
            return m
          end
          local function merge(a, b)
            local out = map{count = a['count'] + b['count']}
            local l = list.merge(a['values'], b['values'])
            out['values'] = l
            return out
          end
          local function summary(m)
            return map{count = m['count'], size = list.size(m['values']), label = 'n=' .. m['count']}
          end
          return stream : aggregate(map{count = 0, values = list()}, accumulate) : reduce(merge) : map(summary)
        end

        function by_parity(stream, bin)
          local function value(rec)
            return rec[bin]
          end
          local function parity(v)
            return v % 2
          end
          return stream : map(value) : groupby(parity)
        end

        function values(stream, bin)
          local function value(rec)
            return rec[bin]
          end
          return stream : map(value)
        end

        function fail_on_server(stream)
          local function boom(rec)
            error('server stage failed')
          end
          return stream : map(boom) : reduce(add)
        end

        function fail_after_reduce(stream, bin)
          local function value(rec)
            return rec[bin]
          end
          local function boom(total)
            error('client stage failed at ' .. total)
          end
          return stream : map(value) : reduce(add) : map(boom)
        end
        """;

    /** Does not compile: an expression is missing after '+' on line 2. */
    static final String SYNTAX_ERROR = """
        function broken(rec, a)
          return a +
        end
        """;
}
