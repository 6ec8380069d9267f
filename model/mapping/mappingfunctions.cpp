#include "model/mapping/mappingfunctions.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

constexpr const char *Context = "Flowsmith::MappingFunctions";

using F = MappingFunction;
using K = MappingFunction::ParameterKind;
using O = MappingFunction::Output;

QList<MappingFunction> buildTable()
{
    return {
        { "concat",
          F::Form::Special,
          "$join",
          "any",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions",
                            "Joins the source and further fields into one text"),
          { { "from", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Fields"), K::Paths },
            { "separator", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Separator"),
              K::Text } } },
        { "uppercase",
          F::Form::UnaryCall,
          "$uppercase",
          "string",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "The text in capitals"),
          {} },
        { "lowercase",
          F::Form::UnaryCall,
          "$lowercase",
          "string",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "The text in small letters"),
          {} },
        { "trim",
          F::Form::UnaryCall,
          "$trim",
          "string",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions",
                            "The text without leading, trailing and repeated white space"),
          {} },
        { "substring",
          F::Form::Special,
          "$substring",
          "string",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Part of the text"),
          { { "start", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Start"), K::Number },
            { "length", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Length"), K::Number } } },
        { "replace",
          F::Form::Special,
          "$replace",
          "string",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Replaces every match of a text"),
          { { "pattern", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Find"), K::Text },
            { "replacement", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Replace with"),
              K::Text } } },
        { "split",
          F::Form::Special,
          "$split",
          "string",
          O::StringArray,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Splits the text into a list"),
          { { "separator", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Separator"),
              K::Text } } },
        { "pad",
          F::Form::Special,
          "$pad",
          "string",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Pads the text to a width"),
          { { "width",
              QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Width (negative: pad left)"),
              K::Number },
            { "character", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Character"),
              K::Text } } },
        { "formatDate",
          F::Form::Special,
          "$fromMillis",
          "string",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions",
                            "Writes an ISO 8601 date as text by a picture"),
          { { "picture", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Picture"), K::Text },
            { "timezone", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Time zone"),
              K::Text } } },
        { "parseDate",
          F::Form::Special,
          "$toMillis",
          "string",
          O::Number,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions",
                            "Reads a date text as milliseconds since 1970"),
          { { "picture", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Picture"), K::Text } } },
        { "toNumber",
          F::Form::UnaryCall,
          "$number",
          "any",
          O::Number,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "The value as a number"),
          {} },
        { "toString",
          F::Form::UnaryCall,
          "$string",
          "any",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "The value as text"),
          {} },
        { "toBoolean",
          F::Form::UnaryCall,
          "$boolean",
          "any",
          O::Boolean,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "The value as true or false"),
          {} },
        { "round",
          F::Form::Special,
          "$round",
          "number",
          O::Number,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Rounds to a number of decimals"),
          { { "precision", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Decimals"),
              K::Number } } },
        { "formatNumber",
          F::Form::Special,
          "$formatNumber",
          "number",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Writes a number by a picture"),
          { { "picture", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Picture"), K::Text } } },
        { "default",
          F::Form::Special,
          "$exists",
          "any",
          O::SourceOrValueType,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions",
                            "The source, or a fixed value when it is missing"),
          { { "value", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "When missing"),
              K::Json } } },
        { "lookup",
          F::Form::Special,
          "$lookup",
          "any",
          O::TableValueTypes,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions",
                            "Translates the source by a table of values"),
          { { "default", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Otherwise"), K::Json } },
          "table" },
        { "ifElse",
          F::Form::Special,
          "",
          "any",
          O::Unknown,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions",
                            "The first case whose condition holds ($value is the source)"),
          { { "else", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Else"), K::Text } },
          "cases" },
        { "sum",
          F::Form::UnaryCall,
          "$sum",
          "array",
          O::Number,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "The sum of a list of numbers"),
          {} },
        { "count",
          F::Form::UnaryCall,
          "$count",
          "array",
          O::Integer,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "How many values the list holds"),
          {} },
        { "join",
          F::Form::Special,
          "$join",
          "array",
          O::String,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Joins a list of texts"),
          { { "separator", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Separator"),
              K::Text } } },
        { "constant",
          F::Form::Special,
          "",
          "none",
          O::ValueType,
          QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "A fixed value"),
          { { "value", QT_TRANSLATE_NOOP("Flowsmith::MappingFunctions", "Value"), K::Json } } },
    };
}

} // namespace

QString MappingFunction::Parameter::labelText() const
{
    return QCoreApplication::translate(Context, label);
}

QString MappingFunction::toolTipText() const
{
    return QCoreApplication::translate(Context, toolTip);
}

const QList<MappingFunction> &MappingFunctions::all()
{
    static const QList<MappingFunction> table = buildTable();
    return table;
}

const MappingFunction *MappingFunctions::find(const QString &name)
{
    for (const MappingFunction &function : all())
        if (name == QLatin1String(function.name))
            return &function;
    return nullptr;
}

QStringList MappingFunctions::names()
{
    QStringList result;
    for (const MappingFunction &function : all())
        result.append(QLatin1String(function.name));
    return result;
}

const MappingFunction *MappingFunctions::unaryByJsonata(const QString &jsonata)
{
    for (const MappingFunction &function : all())
        if (function.form == MappingFunction::Form::UnaryCall
            && jsonata == QLatin1String(function.jsonata))
            return &function;
    return nullptr;
}

} // namespace Flowsmith
