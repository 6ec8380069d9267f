// The wrapper that lets Node-RED evaluate our body-rooted JSONata against its msg: the wrapped
// expression on a Node-RED msg must give what the original gives on the body.

#include "model/export/noderedexpression.h"
#include "model/expr/jsonata.h"

#include <QTest>

using namespace Flowsmith;
using Json = Expr::Json;

namespace {

Expr::EvalResult evaluate(const QString &text, const Json &input, const Json &bindings)
{
    Expr::Error error;
    auto expression = Expr::Expression::compile(text.toStdString(), &error);
    if (!expression) {
        Expr::EvalResult failed;
        failed.error = error;
        return failed;
    }
    return expression->evaluate(&input, bindings);
}

} // namespace

class TestNodeRedExpression : public QObject
{
    Q_OBJECT

private slots:
    void wrapKeepsMeaning_data();
    void wrapKeepsMeaning();
    void conditionIsBoolean();
    void literalEscapes();
};

void TestNodeRedExpression::wrapKeepsMeaning_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("body");

    const QString order = QStringLiteral(
        R"({"orderId":"A-1","status":"paid","customer":{"firstName":"John","lastName":"Smith"},)"
        R"("items":[{"sku":"S1","qty":2,"price":5},{"sku":"S2","qty":1,"price":7.5}]})");
    QTest::addRow("field") << "orderId" << order;
    QTest::addRow("condition") << R"(status = "paid")" << order;
    QTest::addRow("nested path") << "customer.lastName" << order;
    QTest::addRow("string function")
        << R"($uppercase(customer.lastName) & ", " & $uppercase(customer.firstName))" << order;
    QTest::addRow("array path") << "items.sku" << order;
    QTest::addRow("keep singleton array") << "items[qty = 1].sku[]" << order;
    QTest::addRow("aggregate") << "$sum(items.(qty * price))" << order;
    QTest::addRow("object constructor")
        << R"({"id": orderId, "lines": [items.{"sku": sku, "n": qty}]})" << order;
    QTest::addRow("context variable") << "$" << order;
    QTest::addRow("root variable") << "items.($$.orderId & '-' & sku)" << order;
    QTest::addRow("headers") << R"($headers.`x-tenant` & "/" & orderId)" << order;
    QTest::addRow("missing field is undefined") << "nothing.here" << order;
    QTest::addRow("field named payload") << "payload"
                                         << R"({"payload": 1, "headers": 2})";
    QTest::addRow("field named headers") << "headers"
                                         << R"({"payload": 1, "headers": 2})";
    QTest::addRow("array body count") << "$count($)"
                                      << R"([{"a":1},{"a":2},{"a":3}])";
    QTest::addRow("array body path") << "a"
                                     << R"([{"a":1},{"a":2}])";
    QTest::addRow("array body root") << "$$[1]"
                                     << R"([{"a":1},{"a":2}])";
    QTest::addRow("singleton array body") << "$"
                                          << R"([{"a":1}])";
    QTest::addRow("scalar body") << "$ * 2"
                                 << "21";
    QTest::addRow("string body") << "$length($)"
                                 << R"("hello")";
    QTest::addRow("quotes and backslashes") << R"("say \"hi\"\\n" & status)" << order;
    QTest::addRow("transform") << R"($ ~> | customer | {"firstName": "J."} |)" << order;
    QTest::addRow("lambda") << "$map(items, function($i){ $i.qty })" << order;
}

void TestNodeRedExpression::wrapKeepsMeaning()
{
    QFETCH(QString, expression);
    QFETCH(QString, body);
    const Json bodyJson = Json::parse(body.toStdString());
    const Json headers = Json { { "x-tenant", "eu" } };
    const Json msg = Json { { "_msgid", "m1" }, { "payload", bodyJson }, { "headers", headers } };

    const Expr::EvalResult expected
        = evaluate(expression, bodyJson, Json { { "headers", headers } });
    QVERIFY2(expected.ok, expected.error.message.c_str());
    const Expr::EvalResult actual
        = evaluate(NodeRedExpression::wrap(expression), msg, Json::object());
    QVERIFY2(actual.ok, actual.error.message.c_str());
    QCOMPARE(actual.undefined, expected.undefined);
    QCOMPARE(QString::fromStdString(actual.value.dump()),
             QString::fromStdString(expected.value.dump()));
}

void TestNodeRedExpression::conditionIsBoolean()
{
    const Json msg = Json { { "payload", Json { { "status", "paid" }, { "n", 3 } } },
                            { "headers", Json::object() } };
    const auto truthy = evaluate(NodeRedExpression::wrapCondition("n"), msg, Json::object());
    QVERIFY(truthy.ok);
    QVERIFY(truthy.value == Json(true));
    const auto missing = evaluate(NodeRedExpression::wrapCondition("nothing"), msg, Json::object());
    QVERIFY(missing.ok);
    QVERIFY(missing.value == Json(false));
    const auto equal
        = evaluate(NodeRedExpression::wrapCondition(R"(status = "paid")"), msg, Json::object());
    QVERIFY(equal.value == Json(true));
}

void TestNodeRedExpression::literalEscapes()
{
    QCOMPARE(NodeRedExpression::stringLiteral(QStringLiteral("a\"b\\c\nd")),
             QStringLiteral(R"("a\"b\\c\nd")"));
}

QTEST_GUILESS_MAIN(TestNodeRedExpression)
#include "tst_noderedexpression.moc"
