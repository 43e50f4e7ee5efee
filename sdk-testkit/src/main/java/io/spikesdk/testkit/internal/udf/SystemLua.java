package io.spikesdk.testkit.internal.udf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.compiler.LuaC;

/**
 * The Lua every UDF state starts with: the logging functions ({@code info}, {@code warn}, {@code debug},
 * {@code trace}, formatting as {@code string.format}), {@code math.sum} / {@code math.product}, and the stream
 * operations of aggregations ({@code map}, {@code filter}, {@code aggregate}, {@code reduce}, {@code groupby}) with
 * the real server's split into the stages a server runs and those the client runs: everything up to and including
 * the first {@code reduce}, which both run.
 */
final class SystemLua {
    static final String CHUNK_NAME = "aerospike.lua";

    private static final String SOURCE = """
            function trace(fmt, ...) return aerospike:log(4, string.format(fmt, ...)) end
            function debug(fmt, ...) return aerospike:log(3, string.format(fmt, ...)) end
            function info(fmt, ...) return aerospike:log(2, string.format(fmt, ...)) end
            function warn(fmt, ...) return aerospike:log(1, string.format(fmt, ...)) end
            function math.sum(a, b) return a + b end
            function math.product(a, b) return a * b end

            local ON_SERVER, BOTH = 1, 4
            local EITHER = 3

            local function copy(v)
              if type(v) == 'table' then
                local t = {}
                for k, x in pairs(v) do t[k] = x end
                return t
              elseif getmetatable(v) == Map then
                return map.clone(v)
              elseif getmetatable(v) == List then
                return list.clone(v)
              end
              return v
            end

            local function mapped(source, f)
              local finished = false
              return function()
                if finished then return nil end
                local v = source()
                if v == nil then finished = true return nil end
                return f(v)
              end
            end

            local function filtered(source, keep)
              local finished = false
              return function()
                if finished then return nil end
                for v in source do
                  if keep(v) then return v end
                end
                finished = true
                return nil
              end
            end

            -- A number reaching 1000 is emitted early and the aggregation starts over (the real server's quirk).
            local function aggregated(source, init, f)
              local finished = false
              return function()
                if finished then return nil end
                local acc = copy(init)
                for v in source do
                  acc = f(acc, v)
                  if type(acc) == 'number' and acc >= 1000 then return acc end
                end
                finished = true
                return acc
              end
            end

            local function reduced(source, f)
              local finished = false
              return function()
                if finished then return nil end
                finished = true
                local acc = source()
                if acc ~= nil then
                  for v in source do acc = f(acc, v) end
                end
                return acc
              end
            end

            StreamOps = {}
            StreamOps.__index = StreamOps

            local function stage(self, scope, run, ...)
              self.ops[#self.ops + 1] = { scope = scope, run = run, args = { ... } }
              return self
            end

            function StreamOps:map(f) return stage(self, EITHER, mapped, f) end
            function StreamOps:filter(f) return stage(self, EITHER, filtered, f) end
            function StreamOps:aggregate(init, f) return stage(self, ON_SERVER, aggregated, init, f) end
            function StreamOps:reduce(f) return stage(self, BOTH, reduced, f) end
            function StreamOps:groupby(key)
              local function add(groups, v)
                local k = key and key(v) or nil
                local l = groups[k] or list()
                list.append(l, v)
                groups[k] = l
                return groups
              end
              local function join(a, b)
                return map.merge(a, b, function(x, y) return list.merge(x, y) end)
              end
              return self:aggregate(map(), add):reduce(join)
            end

            function apply_stream(f, istream, ostream, ...)
              local ops = setmetatable({ ops = {} }, StreamOps)
              local built = f(ops, ...)
              local source = function() return stream.read(istream) end
              for _, op in ipairs(built.ops) do
                if op.scope ~= ON_SERVER and op.scope ~= EITHER and op.scope ~= BOTH then break end
                source = op.run(source, (table.unpack or unpack)(op.args))
                if op.scope == BOTH then break end
              end
              for v in source do
                stream.write(ostream, v)
              end
            end
            """;

    private static final Prototype CHUNK = compile();

    private SystemLua() {
    }

    static Prototype chunk() {
        return CHUNK;
    }

    private static Prototype compile() {
        try {
            return LuaC.instance.compile(new ByteArrayInputStream(SOURCE.getBytes(StandardCharsets.UTF_8)),
                    CHUNK_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
