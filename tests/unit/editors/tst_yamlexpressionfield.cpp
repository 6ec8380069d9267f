#include "editors/source/yamlexpressionfield.h"

#include <QTest>

using namespace Flowsmith;

class TestYamlExpressionField : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void noExpression();
    void scalarRoundTrip_data();
    void scalarRoundTrip();
};

void TestYamlExpressionField::find_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("written"); // the bytes of the scalar as written in the line
    QTest::addColumn<bool>("inFlow");

    QTest::addRow("flow map condition") << R"(    config: {condition: status = "paid"})"
                                        << "condition"
                                        << R"(status = "paid")"
                                        << R"(status = "paid")" << true;
    QTest::addRow("block key") << R"(        condition: $length($trim(lastName)) > 0)"
                               << "condition"
                               << "$length($trim(lastName)) > 0"
                               << "$length($trim(lastName)) > 0" << false;
    QTest::addRow("mapping rule expr")
        << R"(    expr: $uppercase(customer.lastName) & ", " & $uppercase(customer.firstName))"
        << "expr"
        << R"($uppercase(customer.lastName) & ", " & $uppercase(customer.firstName))"
        << R"($uppercase(customer.lastName) & ", " & $uppercase(customer.firstName))" << false;
    QTest::addRow("sequence item") << "  - {target: sku, expr: $string(id), note: x}"
                                   << "expr"
                                   << "$string(id)"
                                   << "$string(id)" << true;
    QTest::addRow("commas inside calls") << "  - {expr: $join([a, b], \", \"), target: t}"
                                         << "expr"
                                         << R"($join([a, b], ", "))"
                                         << R"($join([a, b], ", "))" << true;
    QTest::addRow("double-quoted") << R"(    assert: "$count($) = 1")"
                                   << "assert"
                                   << "$count($) = 1"
                                   << R"("$count($) = 1")" << false;
    QTest::addRow("escapes") << R"(    expression: "a & \"x\"")"
                             << "expression"
                             << R"(a & "x")"
                             << R"("a & \"x\"")" << false;
    QTest::addRow("single-quoted") << "    filter: 'kind = ''a'''"
                                   << "filter"
                                   << "kind = 'a'"
                                   << "'kind = ''a'''" << false;
    QTest::addRow("comment") << "    condition: total > 10 # big orders"
                             << "condition"
                             << "total > 10"
                             << "total > 10" << false;
    QTest::addRow("set action value")
        << "      - {op: set, target: body.email, value: $lowercase(email)}"
        << "value"
        << "$lowercase(email)"
        << "$lowercase(email)" << true;
}

void TestYamlExpressionField::find()
{
    QFETCH(QString, line);
    QFETCH(QString, key);
    QFETCH(QString, expression);
    QFETCH(QString, written);
    QFETCH(bool, inFlow);

    const QByteArray bytes = line.toUtf8();
    const auto field = YamlExpressionField::find(bytes, int(bytes.size()));
    QVERIFY(field);
    QCOMPARE(field->key, key);
    QCOMPARE(field->expression, expression);
    QCOMPARE(QString::fromUtf8(bytes.mid(field->start, field->end - field->start)), written);
    QCOMPARE(field->inFlowCollection, inFlow);
}

void TestYamlExpressionField::noExpression()
{
    QVERIFY(!YamlExpressionField::find("    type: route.filter", 10));
    QVERIFY(!YamlExpressionField::find("    conditional: x", 10));
    QVERIFY(!YamlExpressionField::find("    condition: |", 10));
    QVERIFY(!YamlExpressionField::find("  description: the condition: is fine", 30));
}

// What toYamlScalar writes must read back, through find(), as the same expression.
void TestYamlExpressionField::scalarRoundTrip_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("inFlow");
    QTest::addColumn<bool>("plain");

    QTest::addRow("simple") << R"(status = "paid")" << true << true;
    QTest::addRow("colon space") << "a ? b : c" << false << false;
    QTest::addRow("hash") << "a #b" << false << false;
    QTest::addRow("comma in flow") << "a, b" << true << false;
    QTest::addRow("comma in call, flow") << "$join(a, b)" << true << true;
    QTest::addRow("leading bracket") << "[1, 2]" << false << false;
    QTest::addRow("object constructor") << "{\"a\": 1}" << false << false;
    QTest::addRow("number") << "42" << false << false;
    QTest::addRow("boolean word") << "true" << false << false;
    QTest::addRow("quotes and backslash") << R"($replace(s, "\\", "/"))" << false << true;
    QTest::addRow("stray closer in flow") << "a)" << true << false;
}

void TestYamlExpressionField::scalarRoundTrip()
{
    QFETCH(QString, expression);
    QFETCH(bool, inFlow);
    QFETCH(bool, plain);

    const QByteArray scalar = YamlExpressionField::toYamlScalar(expression, inFlow);
    QCOMPARE(!scalar.startsWith('"'), plain);
    const QByteArray line
        = inFlow ? "  config: {condition: " + scalar + "}" : "  condition: " + scalar;
    const auto field = YamlExpressionField::find(line, int(line.size()));
    QVERIFY(field);
    QCOMPARE(field->expression, expression);
}

QTEST_GUILESS_MAIN(TestYamlExpressionField)
#include "tst_yamlexpressionfield.moc"
