// Mapping -> JSONata: the compiled expression's text for the simple shapes, and what it
// gives on an input for each rule kind and library function.

#include "model/mapping/mappingcompiler.h"
#include "simulator/messageexpression.h"

#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

Q_DECLARE_METATYPE(Flowsmith::Mapping)

namespace {

MappingRule from(const QString &target, const QString &source, QVariantMap function = {})
{
    MappingRule rule;
    rule.target = target;
    rule.from = source;
    rule.function = std::move(function);
    return rule;
}

MappingRule expr(const QString &target, const QString &expression)
{
    MappingRule rule;
    rule.target = target;
    rule.expr = expression;
    return rule;
}

MappingRule forEach(const QString &target, const QString &source, QList<MappingRule> rules,
                    const QString &filter = {})
{
    MappingRule rule;
    rule.target = target;
    rule.forEach = source;
    rule.filter = filter;
    rule.rules = std::move(rules);
    return rule;
}

Mapping mapping(QList<MappingRule> rules)
{
    Mapping m;
    m.id = QStringLiteral("test");
    m.rules = std::move(rules);
    return m;
}

QVariantMap fn(const QString &name, QVariantMap args = {})
{
    args.insert(QStringLiteral("name"), name);
    return args;
}

} // namespace

class tst_MappingCompiler : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void evaluate_data();
    void evaluate();
    void errors_data();
    void errors();
};

void tst_MappingCompiler::text_data()
{
    QTest::addColumn<Mapping>("mapping");
    QTest::addColumn<QString>("expression");
    QTest::addRow("one from") << mapping({ from("sku", "productId") })
                              << "{\n  \"sku\": productId\n}";
    QTest::addRow("odd names quoted") << mapping({ from("id", "order-id.first name") })
                                      << "{\n  \"id\": `order-id`.`first name`\n}";
    QTest::addRow("expr verbatim")
        << mapping({ expr("n", "$count(items)") }) << "{\n  \"n\": ($count(items))\n}";
    QTest::addRow("nested target") << mapping({ from("a.b", "x"), from("a.c", "y") })
                                   << "{\n  \"a\": {\n    \"b\": x,\n    \"c\": y\n  }\n}";
    QTest::addRow("forEach") << mapping({ forEach("lines", "items", { from("sku", "id") }) })
                             << "{\n  \"lines\": [items.{\n    \"sku\": id\n  }]\n}";
    QTest::addRow("function") << mapping({ from("q", "qty", fn("toNumber")) })
                              << "{\n  \"q\": $number(qty)\n}";
    QTest::addRow("empty") << mapping({}) << "{}";
}

void tst_MappingCompiler::text()
{
    QFETCH(Mapping, mapping);
    QFETCH(QString, expression);
    const auto result = MappingCompiler::compile(mapping);
    QVERIFY2(result.error.code.isEmpty(), qPrintable(result.error.toString()));
    QCOMPARE(result.expression, expression);
}

void tst_MappingCompiler::evaluate_data()
{
    QTest::addColumn<Mapping>("mapping");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");

    const QByteArray order = R"({"orderId": "A-1", "createdAt": "2026-11-20T23:15:00Z",
        "customer": {"firstName": "John", "lastName": "Smith", "email": " John@Example.COM "},
        "items": [{"sku": "X", "qty": "2"}, {"sku": "Y", "qty": 0}], "total": 39.456,
        "tags": "a;b;c"})";
    QTest::addRow("SMITH, JOHN") << mapping(
        { expr("customerName",
               R"($uppercase(customer.lastName) & ", " & $uppercase(customer.firstName))") })
                                 << order << QByteArray(R"({"customerName": "SMITH, JOHN"})");
    QTest::addRow("formatDate") << mapping(
        { from("d", "createdAt", fn("formatDate", { { "picture", "[Y0001]-[M01]-[D01]" } })) })
                                << order << QByteArray(R"({"d": "2026-11-20"})");
    QTest::addRow("formatDate timezone") << mapping({ from(
        "d", "createdAt",
        fn("formatDate", { { "picture", "[D01].[M01].[Y0001]" }, { "timezone", "+0100" } })) })
                                         << order << QByteArray(R"({"d": "21.11.2026"})");
    QTest::addRow("case and trim")
        << mapping({ from("a", "customer.email", fn("trim")),
                     from("b", "customer.lastName", fn("lowercase")),
                     from("c", "customer.firstName", fn("uppercase")) })
        << order << QByteArray(R"({"a": "John@Example.COM", "b": "smith", "c": "JOHN"})");
    QTest::addRow("toString and round")
        << mapping({ from("t", "total", fn("toString")),
                     from("r", "total", fn("round", { { "precision", 2 } })) })
        << order << QByteArray(R"({"t": "39.456", "r": 39.46})");
    QTest::addRow("concat") << mapping({ from(
        "name", QString(),
        fn("concat",
           { { "from", QStringList { "customer.firstName", "customer.lastName", "nothing" } },
             { "separator", " " } })) })
                            << order << QByteArray(R"({"name": "John Smith"})");
    QTest::addRow("default and constant")
        << mapping({ from("c", "channel", fn("default", { { "value", "web" } })),
                     from("o", "orderId", fn("default", { { "value", "none" } })),
                     from("s", QString(), fn("constant", { { "value", 3 } })) })
        << order << QByteArray(R"({"c": "web", "o": "A-1", "s": 3})");
    QTest::addRow("split and substring")
        << mapping(
               { from("tags", "tags", fn("split", { { "separator", ";" } })),
                 from("prefix", "orderId", fn("substring", { { "start", 0 }, { "length", 1 } })) })
        << order << QByteArray(R"({"tags": ["a", "b", "c"], "prefix": "A"})");
    QTest::addRow("lookup") << mapping(
        { from("status", "orderId",
               fn("lookup",
                  { { "table", QVariantMap { { "A-1", "known" } } }, { "default", "unknown" } })),
          from("other", "customer.firstName",
               fn("lookup",
                  { { "table", QVariantMap { { "A-1", "known" } } }, { "default", "unknown" } })) })
                            << order << QByteArray(R"({"status": "known", "other": "unknown"})");
    QTest::addRow("forEach keeps one element an array") << mapping(
        { forEach("lines", "items", { from("sku", "sku"), from("q", "qty", fn("toNumber")) },
                  "qty != 0") }) << order << QByteArray(R"({"lines": [{"sku": "X", "q": 2}]})");
    QTest::addRow("forEach with root reference")
        << mapping(
               { forEach("lines", "items", { from("sku", "sku"), expr("order", "$$.orderId") }) })
        << order
        << QByteArray(R"({"lines": [{"sku": "X", "order": "A-1"}, {"sku": "Y", "order": "A-1"}]})");
    QTest::addRow("missing source leaves key out")
        << mapping({ from("a", "nothing"), from("b", "orderId") }) << order
        << QByteArray(R"({"b": "A-1"})");
    QTest::addRow("nested targets")
        << mapping({ from("contact.email", "customer.email", fn("trim")),
                     from("contact.name.last", "customer.lastName") })
        << order
        << QByteArray(R"({"contact": {"email": "John@Example.COM", "name": {"last": "Smith"}}})");
}

void tst_MappingCompiler::evaluate()
{
    QFETCH(Mapping, mapping);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    const auto result = MappingCompiler::compile(mapping);
    QVERIFY2(result.error.code.isEmpty(), qPrintable(result.error.toString()));
    QString error;
    const MessageExpression expression = MessageExpression::compile(result.expression, &error);
    QVERIFY2(!expression.isNull(), qPrintable(error + u'\n' + result.expression));
    Message message;
    message.body = Json::parse(input.toStdString());
    const auto value = expression.evaluate(message);
    QVERIFY(value.has_value());
    QCOMPARE(QString::fromStdString(value->dump()),
             QString::fromStdString(Json::parse(output.toStdString()).dump()));
}

void tst_MappingCompiler::errors_data()
{
    QTest::addColumn<Mapping>("mapping");
    QTest::addColumn<QString>("fragment");
    MappingRule positioned = from("x", "y", fn("frobnicate"));
    positioned.position = { 7, 5 };
    QTest::addRow("unknown function") << mapping({ positioned }) << "frobnicate";
    QTest::addRow("no source") << mapping({ from("x", QString()) }) << "no from";
    QTest::addRow("duplicate target") << mapping({ from("x", "a"), from("x", "b") }) << "two rules";
    QTest::addRow("no target") << mapping({ from(QString(), "a") }) << "no target";
}

void tst_MappingCompiler::errors()
{
    QFETCH(Mapping, mapping);
    QFETCH(QString, fragment);
    const auto result = MappingCompiler::compile(mapping, QStringLiteral("mappings/x.map.yaml"));
    QVERIFY(result.expression.isEmpty());
    QCOMPARE(result.error.code, QStringLiteral("SIM010"));
    QCOMPARE(result.error.file, QStringLiteral("mappings/x.map.yaml"));
    QVERIFY2(result.error.message.contains(fragment), qPrintable(result.error.message));
    if (QTest::currentDataTag() == QByteArray("unknown function"))
        QCOMPARE(result.error.position.line, 7);
}

QTEST_GUILESS_MAIN(tst_MappingCompiler)
#include "tst_mappingcompiler.moc"
