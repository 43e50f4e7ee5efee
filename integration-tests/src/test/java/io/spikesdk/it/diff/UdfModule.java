package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Language;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The Lua module every {@code udf} case calls, registered once per client. Written in the Lua that LuaJ 5.2 and the
 * real server's Lua 5.4 run alike: no {@code //}, and numbers only from integer arithmetic on integers (LuaJ has no
 * integer subtype, so a float result that happens to be whole would come back as an int).
 */
final class UdfModule {
    static final String NAME = "diff_udf";
    static final String SOURCE = """
            local function commit(r, how)
              if how == 'create' then return aerospike:create(r) end
              if how == 'update' then return aerospike:update(r) end
              if aerospike:exists(r) then return aerospike:update(r) end
              return aerospike:create(r)
            end

            function echo(r, v)
              return v
            end

            function get(r, name)
              return r[name]
            end

            function put(r, name, v, how)
              r[name] = v
              return commit(r, how)
            end

            function incr(r, name, delta)
              local cur = r[name]
              if type(cur) ~= 'number' then cur = 0 end
              r[name] = cur + delta
              local rc = commit(r, 'auto')
              return list { rc, r[name] }
            end

            function remove(r)
              if aerospike:exists(r) then return aerospike:remove(r) end
              return 'absent'
            end

            function meta(r)
              local m = map()
              m['exists'] = aerospike:exists(r)
              if aerospike:exists(r) then
                m['gen'] = record.gen(r)
                m['set'] = record.setname(r)
                local names = record.bin_names(r)
                table.sort(names)
                local l = list()
                for i = 1, #names do list.append(l, names[i]) end
                m['bins'] = l
                local k = record.key(r)
                if k ~= nil then m['key'] = k end
              end
              return m
            end

            function kind(r, v)
              local t = type(v)
              if getmetatable(v) == getmetatable(list()) then t = 'list' end
              if getmetatable(v) == getmetatable(map()) then t = 'map' end
              if t == 'list' then return list { t, list.size(v) } end
              if t == 'map' then return list { t, map.size(v) } end
              if t == 'string' then return list { t, string.len(v) } end
              return list { t }
            end

            function fail(r, msg)
              error(msg)
            end

            function put_fail(r, name, v, msg)
              r[name] = v
              commit(r, 'auto')
              error(msg)
            end
            """;
    private static final Set<AerospikeClient> REGISTERED = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private UdfModule() {
    }

    static void ensureRegistered(AerospikeClient client) {
        if (!REGISTERED.contains(client)) {
            client.registerUdfString(null, SOURCE, NAME + ".lua", Language.LUA).waitTillComplete();
            REGISTERED.add(client);
        }
    }
}
