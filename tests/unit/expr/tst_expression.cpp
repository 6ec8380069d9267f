// The public API of the JSONata engine: results, errors with codes and positions, bindings,
// limits, and concurrent evaluation of one compiled expression.

#include "jsonata.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

using namespace Flowsmith::Expr;

class TestExpression : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void errors_data();
    void errors();
    void bindingsAndUndefinedInput();
    void functionResult();
    void inputIsNotModified();
    void concurrentEvaluation();
    void concurrentSharedValues();
    void isoTimestamps_data();
    void isoTimestamps();
    void outputNumbersAndKeyOrder();
    void reuseAfterErrorsAndCycles();
    void namesOverObjectsOfDifferentShapes();
};

void TestExpression::evaluate_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // JSON, or empty for undefined

    const QString order = QStringLiteral(
        R"({"customer":{"firstName":"Ada","lastName":"Lovelace"},"status":"paid",)"
        R"("items":[{"sku":"a","qty":2,"price":3.5},{"sku":"b","qty":1,"price":10}]})");
    QTest::addRow("field path") << "customer.lastName" << order << R"("Lovelace")";
    QTest::addRow("missing path") << "customer.middleName" << order << "";
    QTest::addRow("condition") << R"(status = "paid")" << order << "true";
    QTest::addRow("concat functions")
        << R"($uppercase(customer.lastName) & ", " & customer.firstName)" << order
        << R"("LOVELACE, Ada")";
    QTest::addRow("aggregate") << "$sum(items.(qty * price))" << order << "17";
    QTest::addRow("array mapping") << "items.{ 'sku': sku, 'total': qty * price }" << order
                                   << R"([{"sku":"a","total":7},{"sku":"b","total":10}])";
    // Constant indexes on path steps (walked on the input JSON without sequences).
    QTest::addRow("index step") << "items[1].sku" << order << R"("b")";
    QTest::addRow("negative index step") << "items[-1].price" << order << "10";
    QTest::addRow("index past the end") << "items[5].sku" << order << "";
    QTest::addRow("index on a single object") << "customer[0].firstName" << order << R"("Ada")";
    QTest::addRow("second of a single object") << "customer[1].firstName" << order << "";
    QTest::addRow("index as last step")
        << "items[-2]" << order << R"({"sku":"a","qty":2,"price":3.5})";
    QTest::addRow("singleton array kept") << "items[sku='b'].sku[]" << order << R"(["b"])";
    QTest::addRow("filter predicate") << "items[price > 5].sku" << order << R"("b")";
    QTest::addRow("order by") << "items^(>price).sku" << order << R"(["b","a"])";
    QTest::addRow("group by") << "items{sku: qty}" << order << R"({"a":2,"b":1})";
    // Numbers print as JavaScript prints them (the fast integer path and the general one).
    QTest::addRow("number text integer") << "$string(-42)"
                                         << ""
                                         << R"("-42")";
    QTest::addRow("number text 2^53") << "$string(9007199254740993)"
                                      << ""
                                      << R"("9007199254740992")";
    QTest::addRow("number text 1e21") << "$string(1e21)"
                                      << ""
                                      << R"("1e+21")";
    QTest::addRow("number text 1e20") << "$string(1.2345678901234568e20)"
                                      << ""
                                      << R"("123456789012345680000")";
    QTest::addRow("number text small") << "$string(0.0000001)"
                                       << ""
                                       << R"("1e-7")";
    QTest::addRow("number text 1e-6") << "$string(-0.000001)"
                                      << ""
                                      << R"("-0.000001")";
    QTest::addRow("number text fraction") << "$string(123.456)"
                                          << ""
                                          << R"("123.456")";
    QTest::addRow("round through decimal text") << "$round(2.675, 2)"
                                                << ""
                                                << "2.68";
    QTest::addRow("format number picture reused")
        << "[$formatNumber(1234.5, '#,##0.00'), $formatNumber(-0.5, '#,##0.00')]"
        << ""
        << R"(["1,234.50","-0.50"])";
    // String functions count code points; ASCII text takes a byte-wise path.
    QTest::addRow("substring ascii") << "$substring('hello world', -5, 3)"
                                     << ""
                                     << R"("wor")";
    QTest::addRow("substring utf-8") << "$substring('héllo wörld', 1, 8)"
                                     << ""
                                     << R"("éllo wör")";
    QTest::addRow("case ascii") << "$uppercase('abc') & $lowercase('DEF')"
                                << ""
                                << R"("ABCdef")";
    QTest::addRow("case utf-8") << "$lowercase('ÀÉB') & $uppercase('àéb')"
                                << ""
                                << R"("àébÀÉB")";
    QTest::addRow("upper-case sharp s") << "$uppercase('Straße')"
                                        << ""
                                        << R"("STRASSE")";
    QTest::addRow("object key order kept") << R"({"z":1,"a":2,"m":3})"
                                           << ""
                                           << R"({"z":1,"a":2,"m":3})";
    QTest::addRow("closures") << "($add := function($a){function($b){$a+$b}}; $add(2)(3))"
                              << ""
                              << "5";
    QTest::addRow("partial application") << "($f := $substring(?, 0, 3); $f('hello'))"
                                         << ""
                                         << R"("hel")";
    QTest::addRow("chaining") << "'  a b  ' ~> $trim() ~> $uppercase()"
                              << ""
                              << R"("A B")";
    QTest::addRow("transform") << R"($ ~> |items|{'qty': qty + 1}|)"
                               << order.left(0) + R"({"items":[{"qty":1}]})"
                               << R"({"items":[{"qty":2}]})";
    QTest::addRow("regex") << R"($replace("a1b22", /[0-9]+/, "#"))"
                           << ""
                           << R"("a#b#")";
    QTest::addRow("formatNumber") << "$formatNumber(1234.5, '#,##0.00')"
                                  << ""
                                  << R"("1,234.50")";
    QTest::addRow("fromMillis") << "$fromMillis(0, '[Y0001]-[M01]-[D01]')"
                                << ""
                                << R"("1970-01-01")";
    QTest::addRow("tail recursion")
        << "($loop := function($n, $acc){$n = 0 ? $acc : $loop($n - 1, $acc + 1)}; "
           "$loop(100000, 0))"
        << ""
        << "100000";
    QTest::addRow("input array is one input") << "$count($)"
                                              << "[1,2,3]"
                                              << "3";
    QTest::addRow("integers stay integers") << "1 + 1"
                                            << ""
                                            << "2";
}

void TestExpression::evaluate()
{
    QFETCH(QString, expr);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    Error error;
    auto compiled = Expression::compile(expr.toStdString(), &error);
    QVERIFY2(compiled, error.message.c_str());
    QCOMPARE(QString::fromStdString(compiled->text()), expr);
    Json in = input.isEmpty() ? Json() : Json::parse(input.toStdString());
    EvalResult r = compiled->evaluate(input.isEmpty() ? nullptr : &in);
    QVERIFY2(r.ok, (r.error.code + ": " + r.error.message).c_str());
    if (expected.isEmpty()) {
        QVERIFY(r.undefined);
    } else {
        QVERIFY(!r.undefined);
        QCOMPARE(QString::fromStdString(r.value.dump()),
                 QString::fromStdString(Json::parse(expected.toStdString()).dump()));
    }
}

void TestExpression::errors_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("position"); // offset after the offending token; -1: not checked

    QTest::addRow("unterminated string") << R"("abc)"
                                         << "S0101" << -1;
    QTest::addRow("unexpected end") << "1 +"
                                    << "S0207" << 3;
    QTest::addRow("unknown operator") << "1 ! 2"
                                      << "S0204" << 3;
    QTest::addRow("expected token") << "(1; 2"
                                    << "S0203" << -1;
    QTest::addRow("bad lhs of bind") << "1 := 2"
                                     << "S0212" << -1;
    QTest::addRow("parent at top level") << "%"
                                         << "S0217" << -1;
    QTest::addRow("arithmetic on string") << R"("a" + 1)"
                                          << "T2001" << 5;
    QTest::addRow("not a function") << "$x := 1; $x()"
                                    << "S0201" << -1;
    QTest::addRow("invoke non-function") << "($x := 1; $x())"
                                         << "T1006" << -1;
    QTest::addRow("signature mismatch") << "$substring(1, 2, 3, 4)"
                                        << "T0410" << -1;
    QTest::addRow("compare mixed types") << "1 < 'a'"
                                         << "T2009" << -1;
    QTest::addRow("error function") << "$error('boom')"
                                    << "D3137" << -1;
    QTest::addRow("number cast") << "$number('x')"
                                 << "D3030" << -1;
}

void TestExpression::errors()
{
    QFETCH(QString, expr);
    QFETCH(QString, code);
    QFETCH(int, position);

    Error error;
    auto compiled = Expression::compile(expr.toStdString(), &error);
    if (compiled) {
        EvalResult r = compiled->evaluate(nullptr);
        QVERIFY(!r.ok);
        error = r.error;
    }
    QCOMPARE(QString::fromStdString(error.code), code);
    QVERIFY(!error.message.empty());
    if (position >= 0)
        QCOMPARE(int(error.position), position);
}

void TestExpression::bindingsAndUndefinedInput()
{
    auto compiled = Expression::compile("$greeting & ' ' & $name", nullptr);
    QVERIFY(compiled);
    Json bindings = { { "greeting", "hello" }, { "name", "world" } };
    EvalResult r = compiled->evaluate(nullptr, bindings);
    QVERIFY(r.ok);
    QCOMPARE(r.value.get<std::string>(), std::string("hello world"));

    auto path = Expression::compile("a.b", nullptr);
    EvalResult u = path->evaluate(nullptr);
    QVERIFY(u.ok);
    QVERIFY(u.undefined);
}

void TestExpression::functionResult()
{
    // A function is not JSON: it comes out as "" (what $string gives for it).
    auto compiled = Expression::compile("function($x){$x}", nullptr);
    EvalResult r = compiled->evaluate(nullptr);
    QVERIFY(r.ok);
    QVERIFY(r.value == Json(""));
}

void TestExpression::inputIsNotModified()
{
    Json input = Json::parse(R"({"items":[{"qty":1},{"qty":2}]})");
    const Json before = input;
    auto compiled = Expression::compile("$ ~> |items|{'qty': 0}, ['x']|", nullptr);
    EvalResult r = compiled->evaluate(&input);
    QVERIFY(r.ok);
    QVERIFY(input == before);
    QCOMPARE(r.value["items"][1]["qty"].get<int>(), 0);
}

void TestExpression::concurrentEvaluation()
{
    auto compiled = Expression::compile(
        "($f := function($n){$n <= 1 ? 1 : $n * $f($n - 1)}; items.{'n': $, 'f': $f($)})", nullptr);
    QVERIFY(compiled);
    Json input = { { "items", { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } } };
    const Json expected = compiled->evaluate(&input).value;
    std::atomic<int> mismatches { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                EvalResult r = compiled->evaluate(&input);
                if (!r.ok || r.value != expected)
                    ++mismatches;
            }
        });
    }
    for (auto &th : threads)
        th.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestExpression::concurrentSharedValues()
{
    // String literals, built-ins, a regex and a date picture live in the compiled tree, which
    // every thread reads at once while its own values come and go.
    auto compiled = Expression::compile(
        "items.{'k': 'key-' & $string($), 'u': $uppercase('literal text that is long'), "
        "'r': $replace('a-b-c', /-/, '+'), 'd': $fromMillis($ * 86400000, '[Y0001]-[M01]-[D01]'), "
        "'s': $sum([1..$])}",
        nullptr);
    QVERIFY(compiled);
    Json input = { { "items", { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } } };
    const EvalResult first = compiled->evaluate(&input);
    QVERIFY(first.ok);
    QCOMPARE(first.value[9]["d"].get<std::string>(), std::string("1970-01-11"));
    QCOMPARE(first.value[9]["s"].get<int>(), 55);
    std::atomic<int> mismatches { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 300; ++i) {
                EvalResult r = compiled->evaluate(&input);
                if (!r.ok || r.value != first.value)
                    ++mismatches;
            }
        });
    }
    for (auto &th : threads)
        th.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestExpression::isoTimestamps_data()
{
    // Expected values as jsonata-js 2.2.2 gives them.
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("millis"); // NaN: D3110
    const double error = std::nan("");
    QTest::addRow("full") << "2024-03-18T09:15:27.123Z" << 1710753327123.0;
    QTest::addRow("year") << "2024" << 1704067200000.0;
    QTest::addRow("month") << "2024-03" << 1709251200000.0;
    QTest::addRow("date") << "2024-03-18" << 1710720000000.0;
    QTest::addRow("seconds") << "2024-03-18T09:15:27" << 1710753327000.0;
    QTest::addRow("offset colon") << "2024-03-18T09:15:27.5+05:30" << 1710733527500.0;
    QTest::addRow("offset plain") << "2024-03-18T09:15:27-0800" << 1710782127000.0;
    QTest::addRow("micros") << "2024-03-18T09:15:27.123456Z" << 1710753327123.0;
    QTest::addRow("bad day") << "2024-12-45" << error;
    QTest::addRow("empty fraction") << "2024-03-18T09:15:27.Z" << error;
    QTest::addRow("short month") << "2024-1" << error;
    QTest::addRow("basic format") << "20240318" << error;
    QTest::addRow("hour only") << "2024-03-18T09" << error;
    QTest::addRow("short offset") << "2024-03-18T09:15:27.123+01" << error;
}

void TestExpression::isoTimestamps()
{
    QFETCH(QString, text);
    QFETCH(double, millis);
    auto compiled = Expression::compile("$toMillis($t)", nullptr);
    QVERIFY(compiled);
    const EvalResult r = compiled->evaluate(nullptr, Json { { "t", text.toStdString() } });
    if (std::isnan(millis)) {
        QVERIFY(!r.ok);
        QCOMPARE(QString::fromStdString(r.error.code), QString("D3110"));
    } else {
        QVERIFY(r.ok);
        QCOMPARE(r.value.get<double>(), millis);
    }
}

void TestExpression::outputNumbersAndKeyOrder()
{
    // Input is copied out as jsonata-js writes it: integral numbers without a fraction and
    // object keys in their order.
    Json input = Json::parse(R"({"o":{"z":6.0,"a":[1.5,2.0,{"m":-0.0,"b":true}],"k":null}})");
    auto compiled = Expression::compile("o", nullptr);
    const EvalResult r = compiled->evaluate(&input);
    QVERIFY(r.ok);
    QCOMPARE(QString::fromStdString(r.value.dump()),
             QString(R"({"z":6,"a":[1.5,2,{"m":0,"b":true}],"k":null})"));
    auto built = Expression::compile("{'z': o.z, 'a': o.a, 'n': 2.50 * 2}", nullptr);
    const EvalResult b = built->evaluate(&input);
    QVERIFY(b.ok);
    QCOMPARE(QString::fromStdString(b.value.dump()),
             QString(R"({"z":6,"a":[1.5,2,{"m":0,"b":true}],"n":5})"));
}

void TestExpression::reuseAfterErrorsAndCycles()
{
    // Each thread reuses one evaluator: an evaluation that failed deep inside, or left a
    // closure referring to its own scope, must leave nothing behind for the next one.
    auto deep = Expression::compile("($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(100000))",
                                    nullptr);
    auto cycle = Expression::compile("($f := function(){$f}; $f(); 42)", nullptr);
    auto plain = Expression::compile("$x + 1", nullptr);
    QVERIFY(deep && cycle && plain);
    for (int i = 0; i < 3; ++i) {
        const EvalResult d = deep->evaluate(nullptr);
        QVERIFY(!d.ok);
        QCOMPARE(QString::fromStdString(d.error.code), QString("U1001"));
        const EvalResult c = cycle->evaluate(nullptr);
        QVERIFY(c.ok);
        QCOMPARE(c.value.get<int>(), 42);
        const EvalResult p = plain->evaluate(nullptr, Json { { "x", i } });
        QVERIFY(p.ok);
        QCOMPARE(p.value.get<int>(), i + 1);
    }
}

void TestExpression::namesOverObjectsOfDifferentShapes()
{
    // The evaluator remembers where a name was found in the last object: objects whose keys
    // come in other orders, or lack the key, must still be read right.
    Json input
        = Json::parse(R"({"items":[{"a":1,"b":2},{"b":3,"a":4},{"c":5},{"x":0,"y":0,"b":6}]})");
    auto compiled
        = Expression::compile("[items.b, items.a, $map(items, function($i){$i.b})]", nullptr);
    const EvalResult r = compiled->evaluate(&input);
    QVERIFY(r.ok);
    QCOMPARE(QString::fromStdString(r.value.dump()), QString("[2,3,6,1,4,2,3,6]"));
}

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
