#include "editors/expr/jsonatatokens.h"

#include <QTest>

using namespace Flowsmith;

Q_DECLARE_METATYPE(Flowsmith::JsonataTokenKind)

class TestJsonataTokens : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data();
    void kinds();
    void coversWithoutOverlap();
};

// Each row: an expression, a token's text within it, and the kind that token must have.
void TestJsonataTokens::kinds_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("token");
    QTest::addColumn<JsonataTokenKind>("kind");

    using K = JsonataTokenKind;
    QTest::addRow("field") << "customer.email"
                           << "email" << K::Name;
    QTest::addRow("function") << "$uppercase(name)"
                              << "$uppercase" << K::Function;
    QTest::addRow("function with space") << "$sum (items)"
                                         << "$sum" << K::Function;
    QTest::addRow("variable") << "$headers.id"
                              << "$headers" << K::Variable;
    QTest::addRow("context variable") << "$ = 1"
                                      << "$" << K::Variable;
    QTest::addRow("double-quoted") << R"(status = "paid")"
                                   << R"("paid")" << K::String;
    QTest::addRow("single-quoted") << "name & 'x'"
                                   << "'x'" << K::String;
    QTest::addRow("escaped quote") << R"("a\"b" & c)"
                                   << R"("a\"b")" << K::String;
    QTest::addRow("backtick") << "`first name`"
                              << "`first name`" << K::QuotedName;
    QTest::addRow("integer") << "a + 42"
                             << "42" << K::Number;
    QTest::addRow("decimal") << "3.25 * x"
                             << "3.25" << K::Number;
    QTest::addRow("exponent") << "1e-3"
                              << "1e-3" << K::Number;
    QTest::addRow("range is not a decimal") << "[1..5]"
                                            << ".." << K::Operator;
    QTest::addRow("keyword and") << "a and b"
                                 << "and" << K::Keyword;
    QTest::addRow("keyword in") << R"("x" in tags)"
                                << "in" << K::Keyword;
    QTest::addRow("keyword true") << "flag = true"
                                  << "true" << K::Keyword;
    QTest::addRow("keyword function") << "function($x){$x}"
                                      << "function" << K::Keyword;
    QTest::addRow("name containing keyword") << "android"
                                             << "android" << K::Name;
    QTest::addRow("chain") << "a ~> $sum()"
                           << "~>" << K::Operator;
    QTest::addRow("coalesce") << "a ?? b"
                              << "??" << K::Operator;
    QTest::addRow("elvis") << "a ?: b"
                           << "?:" << K::Operator;
    QTest::addRow("assignment") << "($x := 1)"
                                << ":=" << K::Operator;
    QTest::addRow("comment") << "/* total */ $sum(a)"
                             << "/* total */" << K::Comment;
    QTest::addRow("regex") << "$match(email, /^[a-z]+@x\\.com$/i)"
                           << "/^[a-z]+@x\\.com$/i" << K::Regex;
    QTest::addRow("regex after paren") << "$contains(s, /a\\/b/)"
                                       << "/a\\/b/" << K::Regex;
    QTest::addRow("division after name") << "total / count"
                                         << "/" << K::Operator;
    QTest::addRow("division after paren") << "(a) / 2"
                                          << "/" << K::Operator;
    QTest::addRow("unterminated string") << R"(name = "abc)"
                                         << R"("abc)" << K::Unterminated;
    QTest::addRow("unterminated comment") << "a /* note"
                                          << "/* note" << K::Unterminated;
    QTest::addRow("utf-8 name") << "Straße.Nummer"
                                << "Straße" << K::Name;
}

void TestJsonataTokens::kinds()
{
    QFETCH(QString, expression);
    QFETCH(QString, token);
    QFETCH(JsonataTokenKind, kind);

    const QByteArray utf8 = expression.toUtf8();
    const QByteArray wanted = token.toUtf8();
    const QList<JsonataToken> tokens = tokenizeJsonata(utf8);
    bool found = false;
    for (const JsonataToken &t : tokens) {
        if (utf8.mid(t.start, t.length) == wanted) {
            QCOMPARE(int(t.kind), int(kind));
            found = true;
            break;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no token '%1' in '%2'").arg(token, expression)));
}

void TestJsonataTokens::coversWithoutOverlap()
{
    const QByteArray text
        = R"js($map(items[price > 10], function($i) { $i.name & " (" & $string($i.price) & ")" }) /* x */)js";
    int end = 0;
    for (const JsonataToken &t : tokenizeJsonata(text)) {
        QVERIFY(t.start >= end);
        QVERIFY(t.length > 0);
        end = t.start + t.length;
    }
    QCOMPARE(end, int(text.size()));
}

QTEST_GUILESS_MAIN(TestJsonataTokens)
#include "tst_jsonatatokens.moc"
