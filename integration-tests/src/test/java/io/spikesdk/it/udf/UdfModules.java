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

    /** Does not compile: an expression is missing after '+' on line 2. */
    static final String SYNTAX_ERROR = """
        function broken(rec, a)
          return a +
        end
        """;
}
