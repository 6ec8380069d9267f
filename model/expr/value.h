#pragma once

#include "jsonata.h"
#include "poolalloc.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Flowsmith::Expr {

struct Function;
class Value;

// The shared blocks behind values: a count, then the object, in one block from the
// per-thread pool. A value lives in one evaluation, on one thread, so the count needs no
// atomic operations; values in the compiled tree (literals, built-ins), which threads share,
// are handed out as unowned() views that never touch a count.
namespace HeapBlock {
constexpr std::size_t header = 8;
inline std::uint32_t &refs(const void *object)
{
    return *reinterpret_cast<std::uint32_t *>(const_cast<char *>(static_cast<const char *>(object))
                                              - header);
}
template<class T, class... Args> T *create(Args &&...args)
{
    static_assert(alignof(T) <= header);
    char *raw = static_cast<char *>(Pool::allocate(header + sizeof(T)));
    *reinterpret_cast<std::uint32_t *>(raw) = 1;
    try {
        return new (raw + header) T(std::forward<Args>(args)...);
    } catch (...) {
        Pool::deallocate(raw, header + sizeof(T));
        throw;
    }
}
template<class T> void destroy(T *object) noexcept
{
    object->~T();
    Pool::deallocate(reinterpret_cast<char *>(object) - header, header + sizeof(T));
}
} // namespace HeapBlock

// An owning, counted pointer to a HeapBlock object.
template<class T> class HeapPtr
{
public:
    HeapPtr() = default;
    HeapPtr(const HeapPtr &o) noexcept
        : m_p(o.m_p)
    {
        if (m_p)
            ++HeapBlock::refs(m_p);
    }
    HeapPtr(HeapPtr &&o) noexcept
        : m_p(std::exchange(o.m_p, nullptr))
    { }
    HeapPtr &operator=(HeapPtr o) noexcept
    {
        std::swap(m_p, o.m_p);
        return *this;
    }
    ~HeapPtr()
    {
        if (m_p && --HeapBlock::refs(m_p) == 0)
            HeapBlock::destroy(m_p);
    }
    static HeapPtr adopt(T *created) noexcept
    {
        HeapPtr h;
        h.m_p = created;
        return h;
    }
    T *release() noexcept { return std::exchange(m_p, nullptr); }
    T *get() const noexcept { return m_p; }
    T *operator->() const noexcept { return m_p; }
    T &operator*() const noexcept { return *m_p; }
    explicit operator bool() const noexcept { return m_p != nullptr; }

private:
    T *m_p = nullptr;
};

template<class T, class... Args> HeapPtr<T> makeHeap(Args &&...args)
{
    return HeapPtr<T>::adopt(HeapBlock::create<T>(std::forward<Args>(args)...));
}

// Small lists (call arguments, short sequences) come from the per-thread pool.
using ValueList = std::vector<Value, PoolAllocator<Value>>;

// Internal value of the evaluator. Strings, arrays and objects of the input document are
// borrowed (a pointer into the caller's Json, valid for one evaluation), so no input is copied;
// values the evaluator creates are reference-counted and immutable once built.
class Value
{
public:
    enum class Type : std::uint8_t {
        Undefined,
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
        Function
    };
    enum Flag : std::uint8_t {
        Sequence = 1, // a JSONata result sequence (singleton-unwrapped, flattened)
        KeepSingleton = 2, // `[]` after a step: keep a one-item sequence as an array
        OuterWrapper = 4, // the input array wrapped as one item
        Cons = 8, // built by an array constructor: never flattened by a path
        TupleStream = 16, // a sequence of tuple objects (focus/index/parent bindings)
    };

    Value() noexcept { } // user-provided, so `static const Value undefined;` is valid
    Value(const Value &o) noexcept
        : m_tag(o.m_tag)
        , m_heap(o.m_heap)
    {
        std::memcpy(static_cast<void *>(&m_number), &o.m_number, sizeof m_number);
        retain();
    }
    Value(Value &&o) noexcept
        : m_tag(o.m_tag)
        , m_heap(std::exchange(o.m_heap, nullptr))
    {
        std::memcpy(static_cast<void *>(&m_number), &o.m_number, sizeof m_number);
    }
    // The old block is dropped last: it may own `o`.
    Value &operator=(const Value &o) noexcept
    {
        o.retain();
        void *old = m_heap;
        const bool oldOwned = !(rawFlags() & unownedBit);
        const Type oldType = typeOf();
        assignFields(o);
        if (old && oldOwned && --HeapBlock::refs(old) == 0)
            destroyBlock(oldType, old);
        return *this;
    }
    Value &operator=(Value &&o) noexcept
    {
        if (this == &o) // std::swap(v, v) moves a value onto itself
            return *this;
        void *old = m_heap;
        const bool oldOwned = !(rawFlags() & unownedBit);
        const Type oldType = typeOf();
        assignFields(o);
        o.m_heap = nullptr;
        if (old && oldOwned && --HeapBlock::refs(old) == 0)
            destroyBlock(oldType, old);
        return *this;
    }
    ~Value() { drop(); }
    void swap(Value &o) noexcept
    {
        std::swap(m_tag, o.m_tag);
        std::swap(m_heap, o.m_heap);
        double tmp;
        std::memcpy(&tmp, &m_number, sizeof tmp);
        std::memcpy(static_cast<void *>(&m_number), &o.m_number, sizeof tmp);
        std::memcpy(static_cast<void *>(&o.m_number), &tmp, sizeof tmp);
    }
    static Value null();
    static Value boolean(bool b);
    static Value number(double d);
    static Value string(std::string s);
    static Value string(std::string_view s) { return string(std::string(s)); }
    static Value string(const char *s) { return string(std::string(s)); }
    static Value array(ValueList items, std::uint8_t flags = 0);
    static Value sequence(ValueList items) { return array(std::move(items), Sequence); }
    static Value object(struct ObjectData data);
    static Value function(HeapPtr<Function> f);
    static Value borrow(const Json &json);

    Type type() const { return typeOf(); }
    bool isUndefined() const { return typeOf() == Type::Undefined; }
    bool isDefined() const { return typeOf() != Type::Undefined; }
    bool isNull() const { return typeOf() == Type::Null; }
    bool isBool() const { return typeOf() == Type::Boolean; }
    bool isNumber() const { return typeOf() == Type::Number; }
    bool isString() const { return typeOf() == Type::String; }
    bool isArray() const { return typeOf() == Type::Array; }
    bool isObject() const { return typeOf() == Type::Object; }
    bool isFunction() const { return typeOf() == Type::Function; }

    bool boolValue() const { return typeOf() == Type::Boolean && m_bool; }
    double numberValue() const { return typeOf() == Type::Number ? m_number : 0; }
    std::string_view str() const
    {
        if (typeOf() != Type::String)
            return {};
        if (m_json)
            return m_json->get_ref<const std::string &>();
        return *static_cast<const std::string *>(m_heap);
    }

    std::uint8_t flags() const { return std::uint8_t(rawFlags() & ~unownedBit); }
    bool hasFlag(Flag f) const { return (rawFlags() & f) != 0; }
    void setFlag(Flag f, bool on = true)
    {
        setRawFlags(std::uint8_t(on ? (rawFlags() | f) : (rawFlags() & ~f)));
    }
    bool isSequence() const { return typeOf() == Type::Array && hasFlag(Sequence); }

    // Arrays
    std::size_t size() const
    {
        if (typeOf() != Type::Array)
            return 0;
        if (m_json)
            return m_json->size();
        return static_cast<const ValueList *>(m_heap)->size();
    }
    Value at(std::size_t i) const
    {
        if (m_json)
            return borrowedAt(i);
        return (*static_cast<const ValueList *>(m_heap))[i];
    }
    // Item i of an array the evaluator built (not of a borrowed one), without a copy.
    const Value &listItem(std::size_t i) const
    {
        return (*static_cast<const ValueList *>(m_heap))[i];
    }
    ValueList toList() const;
    // Item i's type, or its number (0 for others), without copying the item.
    Type itemType(std::size_t i) const
    {
        if (!m_json)
            return listItem(i).typeOf();
        const Json &item = (*m_json)[i];
        switch (item.type()) {
        case Json::value_t::boolean:
            return Type::Boolean;
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return Type::Number;
        case Json::value_t::string:
            return Type::String;
        case Json::value_t::array:
        case Json::value_t::binary:
            return Type::Array;
        case Json::value_t::object:
            return Type::Object;
        default:
            return Type::Null;
        }
    }
    double itemNumber(std::size_t i) const
    {
        if (!m_json)
            return listItem(i).numberValue();
        const Json &item = (*m_json)[i];
        return item.is_number() ? item.get<double>() : 0;
    }
    // As toList(), but moves the items out when this value is their only owner.
    ValueList takeList();
    // Objects
    std::size_t objectSize() const;
    std::string_view keyAt(std::size_t i) const;
    Value valueAt(std::size_t i) const;
    Value get(std::string_view key) const;
    // As get(); `hint` is where the key was found last time (objects of one shape, as the
    // items of an array, keep their keys in the same order) and is updated.
    Value get(std::string_view key, std::uint32_t &hint) const;
    bool has(std::string_view key) const;

    const Function *fn() const { return static_cast<const Function *>(m_heap); }
    // The same value without a share in its block, for values that outlive the evaluation
    // and are read by several threads at once (the compiled tree's literals, the built-ins).
    // Valid while the original is.
    Value unowned() const
    {
        Value v;
        v.assignFields(*this);
        if (m_heap)
            v.setRawFlags(v.rawFlags() | unownedBit);
        return v;
    }
    // The borrowed input behind a string, array or object, if it is one.
    const Json *json() const { return hasJson() ? m_json : nullptr; }
    // Only for values freshly cloned by a transform, which owns them exclusively.
    ObjectData *mutableObject() const;
    ValueList *mutableArray() const;
    bool sameIdentity(const Value &o) const;

private:
    Value getOwned(std::string_view key, std::uint32_t &hint) const;
    Value borrowedAt(std::size_t i) const; // out of line, so that at() stays small
    bool hasJson() const
    {
        return typeOf() == Type::String || typeOf() == Type::Array || typeOf() == Type::Object;
    }

    // Set on views that hold no share of their block (see unowned()); never a JSONata flag.
    static constexpr std::uint8_t unownedBit = 0x80;
    void retain() const noexcept
    {
        if (m_heap && !(rawFlags() & unownedBit))
            ++HeapBlock::refs(m_heap);
    }
    void drop() noexcept
    {
        if (m_heap && !(rawFlags() & unownedBit) && --HeapBlock::refs(m_heap) == 0)
            destroyBlock(typeOf(), m_heap);
    }
    void assignFields(const Value &o) noexcept
    {
        m_tag = o.m_tag;
        m_heap = o.m_heap;
        std::memcpy(static_cast<void *>(&m_number), &o.m_number, sizeof m_number);
    }
    // The string, list, object or function behind a block whose count reached zero.
    static void destroyBlock(Type type, void *object) noexcept;

    // Type in the low byte, flags in the high one: one field, so that a value is copied with
    // one load of what was written with one store (two byte stores read back as one 16-bit
    // load stall the CPU's store forwarding, and values are copied all the time).
    std::uint16_t m_tag = 0; // Type::Undefined, no flags
    Type typeOf() const { return Type(m_tag & 0xFF); }
    std::uint8_t rawFlags() const { return std::uint8_t(m_tag >> 8); }
    void setTag(Type type, std::uint8_t flags = 0)
    {
        m_tag = std::uint16_t(std::uint8_t(type) | (unsigned(flags) << 8));
    }
    void setRawFlags(std::uint8_t flags) { setTag(typeOf(), flags); }
    // Only strings, arrays and objects borrow input, so the pointer shares the scalar's slot.
    union {
        bool m_bool;
        double m_number;
        const Json *m_json = nullptr;
    };
    void *m_heap = nullptr; // the object of a HeapBlock, of the type typeOf() says

    friend struct ValueAccess;
};

// An object the evaluator builds: insertion-ordered, last write wins.
struct ObjectData
{
    std::vector<std::pair<std::string, Value>> entries;
    // Built once an object grows past a few keys, so large group-bys stay linear.
    std::shared_ptr<std::unordered_map<std::string, std::size_t>> index;
    void set(std::string_view key, Value v);
    // As set(), for a key the object does not have yet.
    void appendUnique(std::string key, Value v);
    const Value *find(std::string_view key) const;
};

// Keys mostly differ in length: look at that first, then compare whole words, not bytes.
inline bool sameKey(const std::string &a, std::string_view b)
{
    const std::size_t n = b.size();
    if (a.size() != n)
        return false;
    const char *p = a.data();
    const char *q = b.data();
    if (n > 16)
        return std::memcmp(p, q, n) == 0;
    if (n >= 8) {
        std::uint64_t x, y, u, v;
        std::memcpy(&x, p, 8);
        std::memcpy(&y, q, 8);
        std::memcpy(&u, p + n - 8, 8);
        std::memcpy(&v, q + n - 8, 8);
        return ((x ^ y) | (u ^ v)) == 0;
    }
    if (n >= 4) {
        std::uint32_t x, y, u, v;
        std::memcpy(&x, p, 4);
        std::memcpy(&y, q, 4);
        std::memcpy(&u, p + n - 4, 4);
        std::memcpy(&v, q + n - 4, 4);
        return ((x ^ y) | (u ^ v)) == 0;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i])
            return false;
    return true;
}

// The member `key` of the input object `json`, or nullptr; `hint` as for Value::get.
inline const Json *findBorrowedKey(const Json &json, std::string_view key, std::uint32_t &hint)
{
    const auto *obj = json.get_ptr<const Json::object_t *>();
    if (!obj)
        return nullptr;
    const auto entries = obj->begin(); // ordered_map's [] looks up a key, not a position
    const std::size_t n = obj->size();
    if (hint < n && sameKey(entries[hint].first, key))
        return &entries[hint].second;
    for (std::size_t i = 0; i < n; ++i) {
        if (sameKey(entries[i].first, key)) {
            hint = std::uint32_t(i);
            return &entries[i].second;
        }
    }
    return nullptr;
}

// Inline: every step through the input makes one, so the type switch must not be a call.
inline Value Value::borrow(const Json &json)
{
    Value v;
    switch (json.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        v.setTag(Type::Null);
        break;
    case Json::value_t::boolean:
        v.setTag(Type::Boolean);
        v.m_bool = *json.get_ptr<const Json::boolean_t *>();
        break;
    case Json::value_t::number_integer:
        v.setTag(Type::Number);
        v.m_number = double(*json.get_ptr<const Json::number_integer_t *>());
        break;
    case Json::value_t::number_unsigned:
        v.setTag(Type::Number);
        v.m_number = double(*json.get_ptr<const Json::number_unsigned_t *>());
        break;
    case Json::value_t::number_float:
        v.setTag(Type::Number);
        v.m_number = *json.get_ptr<const Json::number_float_t *>();
        break;
    case Json::value_t::string:
        v.setTag(Type::String);
        v.m_json = &json;
        break;
    case Json::value_t::array:
    case Json::value_t::binary:
        v.setTag(Type::Array);
        v.m_json = &json;
        break;
    case Json::value_t::object:
        v.setTag(Type::Object);
        v.m_json = &json;
        break;
    }
    return v;
}

inline Value Value::get(std::string_view key, std::uint32_t &hint) const
{
    if (typeOf() != Type::Object)
        return {};
    if (m_json) {
        const Json *found = findBorrowedKey(*m_json, key, hint);
        return found ? borrow(*found) : Value();
    }
    return getOwned(key, hint);
}

} // namespace Flowsmith::Expr
