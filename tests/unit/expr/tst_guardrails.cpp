// Hostile input: every case must end with an error (or a result) within its limits, never a
// crash, a stack overflow or a hang.

#include "jsonata.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace Flowsmith::Expr;

namespace {

struct Outcome
{
    std::string code; // empty when it evaluated
    Json value;
};

Outcome run(const std::string &expr, const Json *input = nullptr, const Limits &limits = {})
{
    Error error;
    auto compiled = Expression::compile(expr, &error);
    if (!compiled)
        return { error.code, {} };
    EvalResult r = compiled->evaluate(input, Json::object(), limits);
    if (!r.ok)
        return { r.error.code, {} };
    return { {}, r.value };
}

Json nestedArrays(int depth)
{
    // Built iteratively: the data itself must not need deep recursion to exist.
    std::string text(std::size_t(depth), '[');
    text.append(std::size_t(depth), ']');
    return Json::parse(text);
}

} // namespace

class TestGuardrails : public QObject
{
    Q_OBJECT

private slots:
    void hostileExpressions_data();
    void hostileExpressions();
    void deepData_data();
    void deepData();
    void largeExpressions();
    void configurableLimits();
    void linearBuiltIns_data();
    void linearBuiltIns();
    void smallThreadStack();
};

void TestGuardrails::hostileExpressions_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("code");

    QTest::addRow("huge range") << "[1..1e12]"
                                << "D2014";
    QTest::addRow("range in a sum") << "$sum([1..1e12])"
                                    << "D2014";
    QTest::addRow("infinite recursion") << "($f := function($x){$f($x) + 1}; $f(1))"
                                        << "U1001";
    QTest::addRow("infinite tail recursion") << "($f := function($x){$f($x)}; $f(1))"
                                             << "U1001";
    QTest::addRow("infinite mutual recursion")
        << "($a := function($x){$b($x)}; $b := function($x){$a($x)}; $a(1))"
        << "U1001";
    QTest::addRow("catastrophic regex nested")
        << R"($match("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", /^(a+)+$/))"
        << "D1012";
    QTest::addRow("catastrophic regex alternation")
        << R"($contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", /^(a|aa)+$/))"
        << "D1012";
    // Recursion through a lambda that a built-in calls back: the call chain passes apply()
    // and the built-in, not only evaluate() (issue 19's probe crashed on each of these).
    QTest::addRow("recursion through $map")
        << "($f := function($n){$map([1], function($x){$f($n+1)})}; $f(0))"
        << "U1001";
    QTest::addRow("recursion through $filter")
        << "($f := function($n){$filter([1], function($x){$f($n+1)})}; $f(0))"
        << "U1001";
    QTest::addRow("recursion through $reduce")
        << "($f := function($n){$reduce([1, 2], function($a, $b){$f($n+1)})}; $f(0))"
        << "U1001";
    QTest::addRow("recursion through $sort")
        << "($f := function($n){$sort([2, 1], function($a, $b){$f($n+1)})}; $f(0))"
        << "U1001";
    QTest::addRow("recursion through $each")
        << "($f := function($n){$each({'a': 1}, function($v){$f($n+1)})}; $f(0))"
        << "U1001";
    QTest::addRow("recursion through $single")
        << "($f := function($n){$single([1], function($v){$f($n+1)})}; $f(0))"
        << "U1001";
    QTest::addRow("recursion through $sift")
        << "($f := function($n){$sift({'a': 1}, function($v){$f($n+1)})}; $f(0))"
        << "U1001";
    QTest::addRow("recursion through $replace")
        << "($f := function($n){$replace('a', /a/, function($m){$f($n+1)})}; $f(0))"
        << "U1001";
    // Built-ins that loop or allocate on their own (issues 14 and 19).
    QTest::addRow("negative number in an exponent picture") << R"($formatNumber(-42, '0e0'))"
                                                            << "U1001";
    QTest::addRow("million-digit number picture")
        << R"($formatNumber(1, '0.' & $join([1..1000000].('0'))))"
        << "RangeError";
    QTest::addRow("billion-wide date picture") << R"($fromMillis(0, '[Y,1000000000]'))"
                                               << "D1011";
    QTest::addRow("string doubling")
        << "($f := function($s, $n){$n = 0 ? $length($s) : $f($s & $s, $n-1)}; $f('ab', 40))"
        << "D1011";
    QTest::addRow("joined doubling") << "($f := function($s, $n){$n = 0 ? $length($s) : "
                                        "$f($join([$s, $s]), $n-1)}; $f('ab', 40))"
                                     << "D1011";
    QTest::addRow("replace doubling")
        << "($f := function($s, $n){$n = 0 ? $length($s) : $f($replace($s, 'a', 'aa'), $n-1)}; "
           "$f('a', 40))"
        << "D1011";
    QTest::addRow("exponential fan-out")
        << "($f := function($n){$n = 0 ? 1 : $f($n-1) + $f($n-1)}; $f(60))"
        << "U1001";
}

void TestGuardrails::hostileExpressions()
{
    QFETCH(QString, expr);
    QFETCH(QString, code);
    QElapsedTimer timer;
    timer.start();
    Outcome o = run(expr.toStdString());
    QCOMPARE(QString::fromStdString(o.code), code);
    QVERIFY2(timer.elapsed() < 3000, "took longer than the time limit allows");
}

void TestGuardrails::deepData_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addRow("identity") << "$";
    QTest::addRow("descendants") << "**";
    QTest::addRow("string") << "$string($)";
    QTest::addRow("equality") << "$ = $";
    QTest::addRow("clone") << "$clone({'a': $})";
    QTest::addRow("transform") << "$ ~> |$|{}|";
    QTest::addRow("flatten") << "$append($, $)";
}

void TestGuardrails::deepData()
{
    QFETCH(QString, expr);
    const Json input = nestedArrays(100000);
    Outcome o = run(expr.toStdString(), &input);
    // Either an error or a result; reaching here without a crash is the point.
    QVERIFY(o.code.empty() || o.code == "U1001");
}

void TestGuardrails::largeExpressions()
{
    // 100,000 nested parentheses and array constructors: a compile error, not a stack overflow.
    std::string parens = std::string(100000, '(') + "1" + std::string(100000, ')');
    QCOMPARE(QString::fromStdString(run(parens).code), QStringLiteral("U1001"));
    std::string arrays = std::string(100000, '[') + std::string(100000, ']');
    QCOMPARE(QString::fromStdString(run(arrays).code), QStringLiteral("U1001"));
    std::string calls;
    for (int i = 0; i < 100000; ++i)
        calls += "$abs(";
    calls += "1" + std::string(100000, ')');
    QCOMPARE(QString::fromStdString(run(calls).code), QStringLiteral("U1001"));

    // A 10 MB chain of additions nests the tree as deeply.
    std::string sum = "1";
    sum.reserve(10'000'000);
    while (sum.size() < 10'000'000)
        sum += "+1";
    QCOMPARE(QString::fromStdString(run(sum).code), QStringLiteral("U1001"));

    // A 10 MB string literal is fine.
    std::string literal = "$length('" + std::string(10'000'000, 'x') + "')";
    Outcome o = run(literal);
    QVERIFY(o.code.empty());
    QCOMPARE(o.value.get<long long>(), 10'000'000LL);

    // A 10 MB flat array literal has too many nodes: refused at compile time.
    std::string array = "$count([1";
    while (array.size() < 10'000'000)
        array += ",1";
    array += "])";
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(QString::fromStdString(run(array).code), QStringLiteral("U1001"));
    QVERIFY(timer.elapsed() < 5000);

    // Below that bound a large literal array evaluates.
    std::string medium = "$count([1";
    for (int i = 1; i < 100000; ++i)
        medium += ",1";
    medium += "])";
    o = run(medium);
    QVERIFY(o.code.empty());
    QCOMPARE(o.value.get<int>(), 100000);
}

void TestGuardrails::configurableLimits()
{
    Limits shallow;
    shallow.maxDepth = 20;
    const std::string recurse = "($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(50))";
    QCOMPARE(QString::fromStdString(run(recurse, nullptr, shallow).code), QStringLiteral("U1001"));
    QVERIFY(run(recurse).code.empty());

    // A bound far above what an 8 MiB stack holds is still reached safely: the evaluation
    // moves to a thread with a stack sized for it, or ends with U1001, never a signal.
    Limits deep;
    deep.maxDepth = 50000;
    deep.timeLimit = std::chrono::milliseconds(10000);
    const Outcome deepRun
        = run("($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(5000))", nullptr, deep);
    QVERIFY2(deepRun.code.empty(), deepRun.code.c_str());
    QCOMPARE(deepRun.value.get<int>(), 5000);
    QCOMPARE(QString::fromStdString(
                 run("($f := function($n){1 + $f($n + 1)}; $f(0))", nullptr, deep).code),
             QStringLiteral("U1001"));

    Limits quick;
    quick.timeLimit = std::chrono::milliseconds(50);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(
        QString::fromStdString(run("($f := function($x){$f($x)}; $f(1))", nullptr, quick).code),
        QStringLiteral("U1001"));
    QVERIFY(timer.elapsed() < 1000);

    Limits small;
    small.maxSequenceLength = 1000;
    QCOMPARE(QString::fromStdString(run("[1..5000]", nullptr, small).code),
             QStringLiteral("D1011"));
    QVERIFY(run("[1..500]", nullptr, small).code.empty());
}

void TestGuardrails::linearBuiltIns_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<int>("count");
    QTest::addRow("distinct numbers") << "$count($distinct($.n))" << 100000;
    QTest::addRow("distinct objects") << "$count($distinct($.o))" << 100000;
    QTest::addRow("distinct repeats") << "$count($distinct($.r))" << 7;
    QTest::addRow("match every character") << "$count($match($.s, /a/))" << 100000;
    QTest::addRow("replace with a function")
        << "$length($replace($.s, /a/, function($m){$string($m.start % 10)}))" << 100000;
}

void TestGuardrails::linearBuiltIns()
{
    // 100,000 items took over 10 s when $distinct compared every pair and $match counted each
    // index from the start of the string; now each is well inside the 1 s default bound.
    QFETCH(QString, expr);
    QFETCH(int, count);
    Json input = Json::object();
    Json numbers = Json::array(), objects = Json::array(), repeats = Json::array();
    for (int i = 0; i < 100000; ++i) {
        numbers.push_back(i);
        objects.push_back(Json { { "sku", "Ärmel-" + std::to_string(i) }, { "qty", i % 3 } });
        repeats.push_back(i % 7 == 0 ? Json(nullptr) : Json(std::to_string(i % 7)));
    }
    input["n"] = numbers;
    input["o"] = objects;
    input["r"] = repeats;
    input["s"] = std::string(100000, 'a');
    const Outcome o = run(expr.toStdString(), &input);
    QVERIFY2(o.code.empty(), o.code.c_str());
    QCOMPARE(o.value.get<int>(), count);
}

void TestGuardrails::smallThreadStack()
{
    // Worker threads (the studio's preview and simulation) may have far less stack than the
    // main thread: the default depth bound must end in an error there too, not a signal.
    std::string code = "not run";
    QThread *thread
        = QThread::create([&] { code = run("($f := function($n){1 + $f($n + 1)}; $f(0))").code; });
    thread->setStackSize(512 * 1024);
    thread->start();
    QVERIFY(thread->wait(20000));
    delete thread;
    QCOMPARE(QString::fromStdString(code), QStringLiteral("U1001"));
}

QTEST_GUILESS_MAIN(TestGuardrails)
#include "tst_guardrails.moc"
