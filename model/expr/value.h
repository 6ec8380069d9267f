#pragma once

#include "jsonata.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Flowsmith::Expr {

struct Function;
class Value;

using ValueList = std::vector<Value>;

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
    static Value null();
    static Value boolean(bool b);
    static Value number(double d);
    static Value string(std::string s);
    static Value string(std::string_view s) { return string(std::string(s)); }
    static Value string(const char *s) { return string(std::string(s)); }
    static Value array(ValueList items, std::uint8_t flags = 0);
    static Value sequence(ValueList items) { return array(std::move(items), Sequence); }
    static Value object(struct ObjectData data);
    static Value function(std::shared_ptr<Function> f);
    static Value borrow(const Json &json);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isDefined() const { return m_type != Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Boolean; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isFunction() const { return m_type == Type::Function; }

    bool boolValue() const { return m_bool; }
    double numberValue() const { return m_number; }
    std::string_view str() const;

    std::uint8_t flags() const { return m_flags; }
    bool hasFlag(Flag f) const { return (m_flags & f) != 0; }
    void setFlag(Flag f, bool on = true) { m_flags = on ? (m_flags | f) : (m_flags & ~f); }
    bool isSequence() const { return m_type == Type::Array && hasFlag(Sequence); }

    // Arrays
    std::size_t size() const;
    Value at(std::size_t i) const;
    ValueList toList() const;
    // Objects
    std::size_t objectSize() const;
    std::string_view keyAt(std::size_t i) const;
    Value valueAt(std::size_t i) const;
    Value get(std::string_view key) const;
    bool has(std::string_view key) const;

    const Function *fn() const { return static_cast<const Function *>(m_heap.get()); }
    std::shared_ptr<Function> fnShared() const
    {
        return std::static_pointer_cast<Function>(m_heap);
    }
    const Json *json() const { return m_json; }
    // Only for values freshly cloned by a transform, which owns them exclusively.
    ObjectData *mutableObject() const;
    ValueList *mutableArray() const;
    bool sameIdentity(const Value &o) const;

private:
    Type m_type = Type::Undefined;
    std::uint8_t m_flags = 0;
    union {
        bool m_bool;
        double m_number = 0;
    };
    const Json *m_json = nullptr;
    std::shared_ptr<void> m_heap;

    friend struct ValueAccess;
};

// An object the evaluator builds: insertion-ordered, last write wins.
struct ObjectData
{
    std::vector<std::pair<std::string, Value>> entries;
    // Built once an object grows past a few keys, so large group-bys stay linear.
    std::shared_ptr<std::unordered_map<std::string, std::size_t>> index;
    void set(std::string_view key, Value v);
    const Value *find(std::string_view key) const;
};

} // namespace Flowsmith::Expr
