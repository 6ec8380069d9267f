#include "schematypes.h"

#include "model/mapping/mappingfunctions.h"

#include <QRegularExpression>

namespace Flowsmith::SchemaTypes {

bool isPlainPath(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral(
        "^\\s*([A-Za-z_$][A-Za-z0-9_$]*|`[^`]+`)(\\.([A-Za-z_][A-Za-z0-9_]*|`[^`]+`))*\\s*$"));
    return plain.match(path).hasMatch();
}

QStringList pathSegments(const QString &path)
{
    QStringList segments;
    QString current;
    bool quoted = false;
    for (const QChar c : path.trimmed()) {
        if (c == u'`') {
            quoted = !quoted;
        } else if (c == u'.' && !quoted) {
            segments.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    segments.append(current);
    return segments;
}

const SchemaField *resolve(const SchemaField &scope, const QString &path)
{
    if (path.trimmed() == QLatin1String("$"))
        return &scope;
    const SchemaField *field = &scope;
    for (const QString &segment : pathSegments(path)) {
        field = field->child(segment);
        if (!field)
            return nullptr;
    }
    return field;
}

QString jsonType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QStringLiteral("boolean");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QStringLiteral("integer");
    case QMetaType::Double:
        return QStringLiteral("number");
    case QMetaType::QVariantList:
        return QStringLiteral("array");
    case QMetaType::QVariantMap:
        return QStringLiteral("object");
    case QMetaType::QString:
        return QStringLiteral("string");
    default:
        return value.isValid() ? QStringLiteral("string") : QStringLiteral("null");
    }
}

ValueShape ruleShape(const MappingRule &rule, const SchemaField *sourceField)
{
    ValueShape shape;
    if (sourceField) {
        shape.types = sourceField->types;
        shape.isArray = sourceField->isArray;
        shape.known = true;
    }
    const QString name = rule.function.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return shape;
    auto scalar = [&](const QString &type) {
        shape.types = QStringList { type };
        shape.isArray = false;
        shape.known = true;
    };
    const MappingFunction *function = MappingFunctions::find(name);
    using Output = MappingFunction::Output;
    switch (function ? function->output : Output::Unknown) {
    case Output::String:
        scalar(QStringLiteral("string"));
        break;
    case Output::Number:
        scalar(QStringLiteral("number"));
        break;
    case Output::Integer:
        scalar(QStringLiteral("integer"));
        break;
    case Output::Boolean:
        scalar(QStringLiteral("boolean"));
        break;
    case Output::StringArray:
        shape.types = QStringList { QStringLiteral("string") };
        shape.isArray = true;
        shape.known = true;
        break;
    case Output::ValueType:
        scalar(jsonType(rule.function.value(QStringLiteral("value"))));
        break;
    case Output::SourceOrValueType: {
        const QString type = jsonType(rule.function.value(QStringLiteral("value")));
        if (shape.known && !shape.types.contains(type))
            shape.types.append(type);
        break;
    }
    case Output::TableValueTypes: {
        QStringList types;
        const QVariantMap table = rule.function.value(QStringLiteral("table")).toMap();
        for (const QVariant &value : table)
            if (!types.contains(jsonType(value)))
                types.append(jsonType(value));
        shape.types = types;
        shape.isArray = false;
        shape.known = !types.isEmpty();
        break;
    }
    case Output::Unknown:
        shape = {}; // if/else and anything new: not judged
        break;
    }
    return shape;
}

bool typesCompatible(const QStringList &from, const QStringList &to)
{
    if (from.isEmpty() || to.isEmpty())
        return true;
    auto widened = [](QStringList types) {
        if (types.contains(QLatin1String("integer")))
            types.append(QStringLiteral("number"));
        return types;
    };
    const QStringList source = widened(from);
    // Numbers convert silently between integer and number; only the kinds are judged.
    QStringList target = widened(to);
    if (target.contains(QLatin1String("number")))
        target.append(QStringLiteral("integer"));
    for (const QString &type : source) {
        if (type == QLatin1String("null"))
            continue;
        if (!target.contains(type))
            return false;
    }
    return true;
}

namespace {
void collect(const SchemaField &field, QList<const SchemaField *> &out)
{
    for (const SchemaField &child : field.children) {
        out.append(&child);
        collect(child, out);
    }
}
} // namespace

QList<const SchemaField *> allFields(const SchemaField &root)
{
    QList<const SchemaField *> out;
    collect(root, out);
    return out;
}

} // namespace Flowsmith::SchemaTypes
