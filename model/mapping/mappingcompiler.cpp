#include "model/mapping/mappingcompiler.h"

#include "model/data/jsonvariant.h"
#include "model/mapping/mappingfunctions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <variant>

namespace Flowsmith {

namespace {

// The compiler's messages, under the context they are looked up with.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::MappingCompiler)
};

QString literal(const QVariant &value)
{
    return QString::fromStdString(toJson(value).dump());
}

QString stringLiteral(const QString &text)
{
    return QString::fromStdString(JsonValue(text.toStdString()).dump());
}

struct CompileFailure
{
    QString message;
    SourcePosition position;
};

// One level of the object being built: keys in first-seen order, each a leaf expression or a
// nested level (for dotted targets).
struct ObjectLevel
{
    struct Entry
    {
        QString key;
        QString expression; // leaf
        std::shared_ptr<ObjectLevel> nested; // or nested level
    };
    QList<Entry> entries;

    Entry &entry(const QString &key)
    {
        for (Entry &e : entries)
            if (e.key == key)
                return e;
        entries.append(Entry { key, {}, {} });
        return entries.last();
    }
};

QString applyFunction(const QString &input, const MappingRule &rule)
{
    const QVariantMap &function = rule.function;
    const QString name = function.value(QStringLiteral("name")).toString();
    auto arg = [&](const char *key) {
        return function.value(QLatin1String(key));
    };
    auto has = [&](const char *key) {
        return function.contains(QLatin1String(key));
    };

    if (name.isEmpty())
        return input;
    if (!MappingFunctions::find(name))
        throw CompileFailure {
            Text::tr("unknown mapping function '%1' in the rule for '%2'").arg(name, rule.target),
            rule.position
        };
    if (name == QLatin1String("formatDate")) {
        QString call = QStringLiteral("$fromMillis($toMillis(%1)").arg(input);
        if (has("picture"))
            call += QStringLiteral(", ") + stringLiteral(arg("picture").toString());
        if (has("timezone")) {
            if (!has("picture"))
                call += QStringLiteral(", undefined");
            call += QStringLiteral(", ") + stringLiteral(arg("timezone").toString());
        }
        return call + u')';
    }
    if (name == QLatin1String("parseDate")) {
        if (has("picture"))
            return QStringLiteral("$toMillis(%1, %2)")
                .arg(input, stringLiteral(arg("picture").toString()));
        return QStringLiteral("$toMillis(%1)").arg(input);
    }
    if (const MappingFunction *unary = MappingFunctions::find(name);
        unary && unary->form == MappingFunction::Form::UnaryCall)
        return QStringLiteral("%1(%2)").arg(QLatin1String(unary->jsonata), input);
    if (name == QLatin1String("concat")) {
        QStringList parts;
        if (!rule.from.isEmpty() && !has("from"))
            parts.append(input);
        for (const QVariant &part : arg("from").toList())
            parts.append(MappingCompiler::pathExpression(part.toString()));
        if (has("from") && arg("from").typeId() == QMetaType::QString)
            parts.append(MappingCompiler::pathExpression(arg("from").toString()));
        return QStringLiteral("$join([%1], %2)")
            .arg(parts.join(QStringLiteral(", ")),
                 stringLiteral(has("separator") ? arg("separator").toString() : QString()));
    }
    if (name == QLatin1String("default"))
        return QStringLiteral("($exists(%1) ? %1 : %2)").arg(input, literal(arg("value")));
    if (name == QLatin1String("constant"))
        return literal(arg("value"));
    if (name == QLatin1String("substring")) {
        QString call = QStringLiteral("$substring(%1, %2").arg(input, literal(arg("start")));
        if (has("length"))
            call += QStringLiteral(", ") + literal(arg("length"));
        return call + u')';
    }
    if (name == QLatin1String("replace"))
        return QStringLiteral("$replace(%1, %2, %3)")
            .arg(input, stringLiteral(arg("pattern").toString()),
                 stringLiteral(arg("replacement").toString()));
    if (name == QLatin1String("split"))
        return QStringLiteral("$split(%1, %2)")
            .arg(input, stringLiteral(arg("separator").toString()));
    if (name == QLatin1String("round"))
        return QStringLiteral("$round(%1, %2)")
            .arg(input, has("precision") ? literal(arg("precision")) : QStringLiteral("0"));
    if (name == QLatin1String("join"))
        return QStringLiteral("$join(%1, %2)")
            .arg(input, stringLiteral(arg("separator").toString()));
    if (name == QLatin1String("pad")) {
        QString call = QStringLiteral("$pad(%1, %2").arg(input, literal(arg("width")));
        if (has("character"))
            call += QStringLiteral(", ") + stringLiteral(arg("character").toString());
        return call + u')';
    }
    if (name == QLatin1String("ifElse")) {
        // cases: [{when: condition, then: value}], else: value — JSONata text each; the
        // input is bound to $value so that conditions can test it.
        QString chain;
        for (const QVariant &entry : arg("cases").toList()) {
            const QVariantMap branch = entry.toMap();
            chain += QStringLiteral("%1 ? %2 : ")
                         .arg(branch.value(QStringLiteral("when")).toString().trimmed(),
                              branch.value(QStringLiteral("then")).toString().trimmed());
        }
        const QString otherwise = arg("else").toString().trimmed();
        chain += otherwise.isEmpty() ? QStringLiteral("undefined") : otherwise;
        if (input == QLatin1String("undefined"))
            return u'(' + chain + u')';
        return QStringLiteral("($value := %1; %2)").arg(input, chain);
    }
    if (name == QLatin1String("formatNumber"))
        return QStringLiteral("$formatNumber(%1, %2)")
            .arg(input, stringLiteral(arg("picture").toString()));
    if (name == QLatin1String("lookup")) {
        const QString lookup
            = QStringLiteral("$lookup(%1, $string(%2))").arg(literal(arg("table")), input);
        if (!has("default"))
            return lookup;
        return QStringLiteral("($v := %1; $exists($v) ? $v : %2)")
            .arg(lookup, literal(arg("default")));
    }
    throw CompileFailure {
        Text::tr("unknown mapping function '%1' in the rule for '%2'").arg(name, rule.target),
        rule.position
    };
}

QString render(const ObjectLevel &level, int indent);

QString compileRules(const QList<MappingRule> &rules, int indent);

QString ruleExpression(const MappingRule &rule, int indent)
{
    if (!rule.forEach.isEmpty()) {
        QString source = MappingCompiler::pathExpression(rule.forEach);
        if (!rule.filter.isEmpty())
            source = QStringLiteral("%1[%2]").arg(source, rule.filter);
        // The array constructor keeps a one-element result an array.
        return QStringLiteral("[%1.%2]").arg(source, compileRules(rule.rules, indent));
    }
    if (!rule.expr.isEmpty())
        return u'(' + rule.expr.trimmed() + u')';
    if (!rule.from.isEmpty())
        return applyFunction(MappingCompiler::pathExpression(rule.from), rule);
    if (!rule.function.isEmpty())
        return applyFunction(QStringLiteral("undefined"), rule);
    throw CompileFailure {
        Text::tr("the rule for '%1' has no from, expr or forEach").arg(rule.target), rule.position
    };
}

QString compileRules(const QList<MappingRule> &rules, int indent)
{
    ObjectLevel root;
    for (const MappingRule &rule : rules) {
        const QStringList keys = rule.target.split(u'.', Qt::SkipEmptyParts);
        if (keys.isEmpty())
            throw CompileFailure { Text::tr("a mapping rule has no target"), rule.position };
        ObjectLevel *level = &root;
        for (qsizetype i = 0; i + 1 < keys.size(); ++i) {
            auto &entry = level->entry(keys.at(i));
            if (!entry.nested)
                entry.nested = std::make_shared<ObjectLevel>();
            level = entry.nested.get();
        }
        auto &leaf = level->entry(keys.last());
        if (!leaf.expression.isEmpty() || leaf.nested)
            throw CompileFailure { Text::tr("two rules write the target '%1'").arg(rule.target),
                                   rule.position };
        leaf.expression = ruleExpression(rule, indent + 1);
    }
    return render(root, indent);
}

QString render(const ObjectLevel &level, int indent)
{
    if (level.entries.isEmpty())
        return QStringLiteral("{}");
    const QString pad(2 * (indent + 1), u' ');
    QStringList lines;
    for (const auto &entry : level.entries) {
        const QString value = entry.nested ? render(*entry.nested, indent + 1) : entry.expression;
        lines.append(pad + stringLiteral(entry.key) + QStringLiteral(": ") + value);
    }
    return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + u'\n'
        + QString(2 * indent, u' ') + u'}';
}

} // namespace

QString MappingCompiler::pathExpression(const QString &path)
{
    // Path segments may hold spaces and dashes; brackets, parentheses, quotes and operators
    // mean the author wrote JSONata.
    static const QRegularExpression simplePath(
        QStringLiteral("^[^.\\[\\]()`\"'=<>!&|+*/,:;?{}]+(\\.[^.\\[\\]()`\"'=<>!&|+*/,:;?{}]+)*$"));
    static const QRegularExpression identifier(
        QStringLiteral("^(\\$\\$?|\\$?[A-Za-z_][A-Za-z0-9_]*)$"));
    const QString trimmed = path.trimmed();
    if (!simplePath.match(trimmed).hasMatch())
        return trimmed;
    QStringList segments = trimmed.split(u'.');
    for (QString &segment : segments)
        if (!identifier.match(segment).hasMatch())
            segment = u'`' + segment + u'`';
    return segments.join(u'.');
}

MappingCompiler::Result MappingCompiler::compile(const Mapping &mapping, const QString &fileName)
{
    Result result;
    try {
        result.expression = compileRules(mapping.rules, 0);
    } catch (const CompileFailure &failure) {
        result.error
            = FileError { QStringLiteral("SIM010"), fileName, failure.position, failure.message };
    }
    return result;
}

} // namespace Flowsmith
