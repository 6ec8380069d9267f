#include "value.h"

#include "function.h"
#include "poolalloc.h"

namespace Flowsmith::Expr {

namespace {
constexpr std::size_t indexThreshold = 12;
} // namespace

Value Value::null()
{
    Value v;
    v.setTag(Type::Null);
    return v;
}

Value Value::boolean(bool b)
{
    Value v;
    v.setTag(Type::Boolean);
    v.m_bool = b;
    return v;
}

Value Value::number(double d)
{
    Value v;
    v.setTag(Type::Number);
    v.m_number = d;
    return v;
}

Value Value::string(std::string s)
{
    Value v;
    v.setTag(Type::String);
    v.m_heap = HeapBlock::create<std::string>(std::move(s));
    return v;
}

Value Value::array(ValueList items, std::uint8_t flags)
{
    Value v;
    v.setTag(Type::Array, flags & ~unownedBit);
    v.m_heap = HeapBlock::create<ValueList>(std::move(items));
    return v;
}

Value Value::object(ObjectData data)
{
    Value v;
    v.setTag(Type::Object);
    v.m_heap = HeapBlock::create<ObjectData>(std::move(data));
    return v;
}

Value Value::function(HeapPtr<Function> f)
{
    Value v;
    v.setTag(Type::Function);
    v.m_heap = f.release();
    return v;
}

void Value::destroyBlock(Type type, void *object) noexcept
{
    switch (type) {
    case Type::String:
        HeapBlock::destroy(static_cast<std::string *>(object));
        break;
    case Type::Array:
        HeapBlock::destroy(static_cast<ValueList *>(object));
        break;
    case Type::Object:
        HeapBlock::destroy(static_cast<ObjectData *>(object));
        break;
    case Type::Function:
        HeapBlock::destroy(static_cast<Function *>(object));
        break;
    default:
        break;
    }
}

Value Value::borrowedAt(std::size_t i) const
{
    return borrow((*m_json)[i]);
}

ValueList Value::takeList()
{
    if (typeOf() == Type::Array && !m_json && m_heap && !(rawFlags() & unownedBit)
        && HeapBlock::refs(m_heap) == 1)
        return std::move(*static_cast<ValueList *>(m_heap));
    return toList();
}

ValueList Value::toList() const
{
    if (typeOf() != Type::Array)
        return {};
    if (!m_json)
        return *static_cast<const ValueList *>(m_heap);
    ValueList out;
    out.reserve(m_json->size());
    for (const auto &j : *m_json)
        out.push_back(borrow(j));
    return out;
}

std::size_t Value::objectSize() const
{
    if (typeOf() != Type::Object)
        return 0;
    if (m_json)
        return m_json->size();
    return static_cast<const ObjectData *>(m_heap)->entries.size();
}

std::string_view Value::keyAt(std::size_t i) const
{
    if (m_json)
        return (m_json->get_ref<const Json::object_t &>().begin() + std::ptrdiff_t(i))->first;
    return static_cast<const ObjectData *>(m_heap)->entries[i].first;
}

Value Value::valueAt(std::size_t i) const
{
    if (m_json)
        return borrow(
            (m_json->get_ref<const Json::object_t &>().begin() + std::ptrdiff_t(i))->second);
    return static_cast<const ObjectData *>(m_heap)->entries[i].second;
}

Value Value::get(std::string_view key) const
{
    if (typeOf() != Type::Object)
        return {};
    if (m_json) {
        const auto &obj = m_json->get_ref<const Json::object_t &>();
        for (const auto &kv : obj)
            if (sameKey(kv.first, key))
                return borrow(kv.second);
        return {};
    }
    const Value *v = static_cast<const ObjectData *>(m_heap)->find(key);
    return v ? *v : Value();
}

Value Value::getOwned(std::string_view key, std::uint32_t &hint) const
{
    const ObjectData &d = *static_cast<const ObjectData *>(m_heap);
    if (d.index) {
        const Value *v = d.find(key);
        return v ? *v : Value();
    }
    const std::size_t n = d.entries.size();
    if (hint < n && sameKey(d.entries[hint].first, key))
        return d.entries[hint].second;
    for (std::size_t i = 0; i < n; ++i) {
        if (sameKey(d.entries[i].first, key)) {
            hint = std::uint32_t(i);
            return d.entries[i].second;
        }
    }
    return {};
}

bool Value::has(std::string_view key) const
{
    if (typeOf() != Type::Object)
        return false;
    if (m_json) {
        for (const auto &kv : m_json->get_ref<const Json::object_t &>())
            if (kv.first == key)
                return true;
        return false;
    }
    return static_cast<const ObjectData *>(m_heap)->find(key) != nullptr;
}

ObjectData *Value::mutableObject() const
{
    if (typeOf() != Type::Object || m_json)
        return nullptr;
    return static_cast<ObjectData *>(m_heap);
}

ValueList *Value::mutableArray() const
{
    if (typeOf() != Type::Array || m_json)
        return nullptr;
    return static_cast<ValueList *>(m_heap);
}

bool Value::sameIdentity(const Value &o) const
{
    if (typeOf() != o.typeOf())
        return false;
    if (hasJson() && (m_json || o.m_json))
        return m_json == o.m_json;
    return m_heap == o.m_heap;
}

void ObjectData::set(std::string_view key, Value v)
{
    if (index) {
        if (index.use_count() > 1) // copied object: never mutate the original's index
            index = std::make_shared<std::unordered_map<std::string, std::size_t>>(*index);
        auto it = index->find(std::string(key));
        if (it != index->end()) {
            entries[it->second].second = std::move(v);
            return;
        }
        index->emplace(std::string(key), entries.size());
        entries.emplace_back(std::string(key), std::move(v));
        return;
    }
    for (auto &e : entries) {
        if (e.first == key) {
            e.second = std::move(v);
            return;
        }
    }
    appendUnique(std::string(key), std::move(v));
}

void ObjectData::appendUnique(std::string key, Value v)
{
    if (index)
        index->emplace(key, entries.size());
    entries.emplace_back(std::move(key), std::move(v));
    if (!index && entries.size() > indexThreshold) {
        index = std::make_shared<std::unordered_map<std::string, std::size_t>>();
        for (std::size_t i = 0; i < entries.size(); ++i)
            index->emplace(entries[i].first, i);
    }
}

const Value *ObjectData::find(std::string_view key) const
{
    if (index) {
        auto it = index->find(std::string(key));
        return it == index->end() ? nullptr : &entries[it->second].second;
    }
    for (const auto &e : entries)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

} // namespace Flowsmith::Expr
