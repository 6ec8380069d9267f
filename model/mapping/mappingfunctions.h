#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Flowsmith {

/// One library function a mapping rule may name (`function: {name: …}`, design §2).
struct MappingFunction
{
    /// How the rule panel edits a parameter.
    enum class ParameterKind { Text, Number, Json, Paths };

    struct Parameter
    {
        const char *key; ///< the key in the rule's `function` map
        const char *label; ///< QT_TRANSLATE_NOOP in the context "Flowsmith::MappingFunctions"
        ParameterKind kind;

        QString labelText() const;
    };

    /// The JSONata the compiler writes: a plain call `$fn(input)` (and the text parser reads
    /// it back), or a form of its own that compiler and parser spell out by name.
    enum class Form { UnaryCall, Special };

    /// The type a rule with the function produces, for the mapper's type checks.
    enum class Output {
        String,
        Number,
        Integer,
        Boolean,
        StringArray,
        ValueType, ///< the type of the `value` parameter (constant)
        SourceOrValueType, ///< the source's type, or the `value` parameter's (default)
        TableValueTypes, ///< the types of the lookup table's values
        Unknown, ///< not judged (ifElse)
    };

    const char *name;
    Form form;
    const char *jsonata; ///< the JSONata function the compiled text calls, e.g. "$number"
    const char *typeIn; ///< what the input should be: "any", "string", "number", "array"…
    Output output;
    const char *toolTip; ///< QT_TRANSLATE_NOOP in the context "Flowsmith::MappingFunctions"
    QList<Parameter> parameters; ///< what the rule panel offers as fields (tables aside)
    /// Parameters edited as a table in the rule panel ("table" of lookup, "cases" of ifElse).
    const char *tableParameter = nullptr;

    QString toolTipText() const;
};

/// The one table of mapping functions: the compiler (model/mapping/mappingcompiler), the type
/// checks (schematypes), the text → rules parser and the rule panel all read it, so a new
/// function is added here once.
class MappingFunctions
{
public:
    /// Every function, in the order the rule panel lists them.
    static const QList<MappingFunction> &all();
    static const MappingFunction *find(const QString &name);
    static QStringList names();
    /// The function compiled as `jsonata(input)`, by its JSONata name ("$number"), if any.
    static const MappingFunction *unaryByJsonata(const QString &jsonata);
};

} // namespace Flowsmith
