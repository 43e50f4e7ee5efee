-- The Lua environment of an aggregation's client stage: the `list` and `map` types the server gives UDFs (as
-- far as stream functions use them), the stream operations a module's function chains, and the runner that
-- applies the operations from the first `reduce` on to the values the nodes sent.

local ListMt = {}
local MapMt = {}
local List = {}
local Map = {}

-- ---- list: 1-based, may hold nils; items in self.__items, length in self.__n

local function new_list(items, n)
    local l = { __items = items or {}, __n = n or 0 }
    return setmetatable(l, ListMt)
end

ListMt.__index = function(l, i)
    if type(i) == 'number' then
        return rawget(l, '__items')[i]
    end
    return List[i]
end

ListMt.__newindex = function(l, i, v)
    if type(i) ~= 'number' or i < 1 or i ~= math.floor(i) then
        error('list index must be a positive integer, got ' .. tostring(i), 2)
    end
    rawget(l, '__items')[i] = v
    if i > l.__n then
        rawset(l, '__n', i)
    end
end

ListMt.__len = function(l)
    return rawget(l, '__n')
end

ListMt.__tostring = function(l)
    local parts = {}
    for i = 1, l.__n do
        parts[i] = tostring(l.__items[i])
    end
    return 'List(' .. table.concat(parts, ', ') .. ')'
end

function List.size(l)
    return l.__n
end

function List.append(l, v)
    rawset(l, '__n', l.__n + 1)
    l.__items[l.__n] = v
    return l
end

function List.prepend(l, v)
    List.insert(l, 1, v)
    return l
end

function List.insert(l, i, v)
    local items = l.__items
    for j = l.__n, i, -1 do
        items[j + 1] = items[j]
    end
    items[i] = v
    rawset(l, '__n', math.max(l.__n + 1, i))
    return l
end

function List.remove(l, i)
    local items = l.__items
    if i < 1 or i > l.__n then
        return l
    end
    for j = i, l.__n - 1 do
        items[j] = items[j + 1]
    end
    items[l.__n] = nil
    rawset(l, '__n', l.__n - 1)
    return l
end

function List.iterator(l)
    local i = 0
    return function()
        i = i + 1
        if i <= l.__n then
            return l.__items[i]
        end
        return nil
    end
end

function List.clone(l)
    local items = {}
    for i = 1, l.__n do
        items[i] = l.__items[i]
    end
    return new_list(items, l.__n)
end

function List.concat(l, other)
    for i = 1, other.__n do
        List.append(l, other.__items[i])
    end
    return l
end

function List.merge(l, other)
    return List.concat(List.clone(l), other)
end

function List.take(l, n)
    local items = {}
    local count = math.min(n, l.__n)
    for i = 1, count do
        items[i] = l.__items[i]
    end
    return new_list(items, count)
end

function List.drop(l, n)
    local items = {}
    local count = 0
    for i = n + 1, l.__n do
        count = count + 1
        items[count] = l.__items[i]
    end
    return new_list(items, count)
end

function List.trim(l, n)
    for i = n, l.__n do
        l.__items[i] = nil
    end
    rawset(l, '__n', math.min(l.__n, n - 1))
    return l
end

list = setmetatable({}, {
    __index = List,
    __call = function(_, t)
        local items = {}
        local n = 0
        if t ~= nil then
            n = #t
            for i = 1, n do
                items[i] = t[i]
            end
        end
        return new_list(items, n)
    end
})

-- ---- map: entries in self.__entries, count in self.__n

local function new_map(entries, n)
    return setmetatable({ __entries = entries or {}, __n = n or 0 }, MapMt)
end

MapMt.__index = function(m, k)
    return rawget(m, '__entries')[k]
end

MapMt.__newindex = function(m, k, v)
    local entries = rawget(m, '__entries')
    local had = entries[k] ~= nil
    entries[k] = v
    if had and v == nil then
        rawset(m, '__n', m.__n - 1)
    elseif not had and v ~= nil then
        rawset(m, '__n', m.__n + 1)
    end
end

MapMt.__len = function(m)
    return rawget(m, '__n')
end

MapMt.__tostring = function(m)
    local parts = {}
    for k, v in pairs(m.__entries) do
        parts[#parts + 1] = tostring(k) .. '=' .. tostring(v)
    end
    return 'Map(' .. table.concat(parts, ', ') .. ')'
end

function Map.size(m)
    return rawget(m, '__n')
end

function Map.pairs(m)
    return pairs(rawget(m, '__entries'))
end

Map.iterator = Map.pairs

function Map.keys(m)
    local k = nil
    local entries = rawget(m, '__entries')
    return function()
        k = next(entries, k)
        return k
    end
end

function Map.values(m)
    local k = nil
    local entries = rawget(m, '__entries')
    return function()
        local v
        k, v = next(entries, k)
        return v
    end
end

function Map.remove(m, k)
    MapMt.__newindex(m, k, nil)
    return m
end

function Map.clone(m)
    local entries = {}
    for k, v in pairs(rawget(m, '__entries')) do
        entries[k] = v
    end
    return new_map(entries, rawget(m, '__n'))
end

function Map.merge(m1, m2, f)
    local out = Map.clone(m1)
    for k, v in pairs(rawget(m2, '__entries')) do
        local old = rawget(out, '__entries')[k]
        if old ~= nil and f ~= nil then
            MapMt.__newindex(out, k, f(old, v))
        else
            MapMt.__newindex(out, k, v)
        end
    end
    return out
end

function Map.diff(m1, m2)
    local out = new_map()
    for k, v in pairs(rawget(m1, '__entries')) do
        if rawget(m2, '__entries')[k] == nil then
            MapMt.__newindex(out, k, v)
        end
    end
    for k, v in pairs(rawget(m2, '__entries')) do
        if rawget(m1, '__entries')[k] == nil then
            MapMt.__newindex(out, k, v)
        end
    end
    return out
end

map = setmetatable({}, {
    __index = Map,
    __call = function(_, t)
        local m = new_map()
        if t ~= nil then
            for k, v in pairs(t) do
                MapMt.__newindex(m, k, v)
            end
        end
        return m
    end
})

-- ---- logging: the client stage has no server log; these keep modules that log working

function trace() end
function debug() end
function info() end
function warn() end

-- ---- stream operations: each builds an iterator over the previous one

local function filter_op(nxt, p)
    return function()
        for v in nxt do
            if p(v) then
                return v
            end
        end
        return nil
    end
end

local function map_op(nxt, f)
    return function()
        local v = nxt()
        if v == nil then
            return nil
        end
        return f(v)
    end
end

local function reduce_op(nxt, f)
    local done = false
    return function()
        if done then
            return nil
        end
        done = true
        local a = nxt()
        if a == nil then
            return nil
        end
        for b in nxt do
            a = f(a, b)
        end
        return a
    end
end

local function clone_value(v)
    if getmetatable(v) == ListMt then
        return List.clone(v)
    elseif getmetatable(v) == MapMt then
        return Map.clone(v)
    elseif type(v) == 'table' then
        local t = {}
        for k, x in pairs(v) do
            t[k] = x
        end
        return t
    end
    return v
end

local function aggregate_op(nxt, init, f)
    local done = false
    return function()
        if done then
            return nil
        end
        done = true
        local a = clone_value(init)
        for b in nxt do
            a = f(a, b)
        end
        return a
    end
end

-- where an operation runs: on the server only, on the server or the client (before the first reduce: on the
-- server), or on both (the first reduce: per node on the server, over the nodes' results on the client)
local SERVER, EITHER, BOTH = 1, 3, 4

local Ops = {}
local OpsMt = { __index = Ops }

local function add(self, scope, f, ...)
    table.insert(self.ops, { scope = scope, f = f, args = { n = select('#', ...), ... } })
    return self
end

function Ops:map(f) return add(self, EITHER, map_op, f) end
function Ops:filter(p) return add(self, EITHER, filter_op, p) end
function Ops:aggregate(init, f) return add(self, SERVER, aggregate_op, init, f) end
function Ops:reduce(f) return add(self, BOTH, reduce_op, f) end

function Ops:groupby(f)
    local function group(m, v)
        local k = f(v)
        local l = m[k] or list()
        List.append(l, v)
        m[k] = l
        return m
    end
    local function join(a, b)
        return List.merge(a, b)
    end
    return self:aggregate(map(), group):reduce(function(m1, m2) return Map.merge(m1, m2, join) end)
end

-- The client's share of the operations: from the first BOTH operation on (nothing when there is none: the
-- nodes' values are the results).
local function client_ops(ops)
    local out = {}
    local started = false
    for _, op in ipairs(ops) do
        if started or op.scope == BOTH then
            started = true
            table.insert(out, op)
        end
    end
    return out
end

-- Runs `fn(stream, ...)` to learn the operations, then applies the client's share to the values `read` returns
-- (nil at the end), handing each result to `emit`.
function __spike_apply_client(fn, read, emit, ...)
    local stream = setmetatable({ ops = {} }, OpsMt)
    local described = fn(stream, ...) or stream
    if getmetatable(described) ~= OpsMt then
        error('the aggregation function must return the stream it was given, with its operations', 0)
    end
    local nxt = function() return read() end
    for _, op in ipairs(client_ops(described.ops)) do
        nxt = op.f(nxt, (table.unpack or unpack)(op.args, 1, op.args.n))
    end
    for v in nxt do
        emit(v)
    end
end

-- Type tests and constructors for the Java side.
function __spike_is_list(v) return getmetatable(v) == ListMt end
function __spike_is_map(v) return getmetatable(v) == MapMt end
function __spike_list_items(l) return rawget(l, '__items'), rawget(l, '__n') end
function __spike_map_entries(m) return rawget(m, '__entries') end
function __spike_new_list(items, n) return new_list(items, n) end
function __spike_new_map(entries, n) return new_map(entries, n) end
