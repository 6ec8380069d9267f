// Graphical ⇄ text: JSONata text read back into rules, compiled again. The compiler's own
// output reads back unchanged; hand-written text settles after one round.

#include "model/mapping/mappingcompiler.h"
#include "model/mapping/mappingtextparser.h"

#include <QTest>

using namespace Flowsmith;

namespace {

QString compile(const QList<MappingRule> &rules)
{
    Mapping mapping;
    mapping.rules = rules;
    const auto result = MappingCompiler::compile(mapping);
    return result.expression;
}

QString describe(const QList<MappingRule> &rules, const QString &indent = {})
{
    QStringList lines;
    for (const MappingRule &r : rules) {
        QString line = indent + r.target + u'=';
        if (!r.forEach.isEmpty())
            line += QStringLiteral("forEach(%1|%2)").arg(r.forEach, r.filter);
        else if (!r.expr.isEmpty())
            line += QStringLiteral("expr(%1)").arg(r.expr);
        else
            line += QStringLiteral("from(%1)").arg(r.from);
        if (!r.function.isEmpty())
            line += u' ' + r.function.value(QStringLiteral("name")).toString();
        lines.append(line);
        if (!r.rules.isEmpty())
            lines.append(describe(r.rules, indent + QStringLiteral("  ")));
    }
    return lines.join(u'\n');
}

} // namespace

class tst_MappingText : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void notAnObject();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
};

void tst_MappingText::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rules"); // describe() of what the text reads as
    QTest::addColumn<bool>("canonical"); // the text is what the compiler writes

    QTest::addRow("path") << "{\n  \"sku\": productId\n}"
                          << "sku=from(productId)" << true;
    QTest::addRow("quoted path") << "{\n  \"id\": `order-id`.`first name`\n}"
                                 << "id=from(order-id.first name)" << true;
    QTest::addRow("path with predicate") << "{\n  \"last\": name[use = \"official\"].family\n}"
                                         << "last=from(name[use = \"official\"].family)" << true;
    QTest::addRow("nested targets") << "{\n  \"a\": {\n    \"b\": x,\n    \"c\": y.z\n  }\n}"
                                    << "a.b=from(x)\na.c=from(y.z)" << true;
    QTest::addRow("unary functions")
        << "{\n  \"n\": $number(qty),\n  \"u\": $uppercase(name),\n  \"t\": $trim(s)\n}"
        << "n=from(qty) toNumber\nu=from(name) uppercase\nt=from(s) trim" << true;
    QTest::addRow("formatDate")
        << "{\n  \"d\": $fromMillis($toMillis(createdAt), \"[Y0001]-[M01]-[D01]\")\n}"
        << "d=from(createdAt) formatDate" << true;
    QTest::addRow("parseDate") << "{\n  \"d\": $toMillis(when, \"[D01]/[M01]/[Y0001]\")\n}"
                               << "d=from(when) parseDate" << true;
    QTest::addRow("concat") << "{\n  \"name\": $join([first, last], \" \")\n}"
                            << "name=from() concat" << true;
    QTest::addRow("join") << "{\n  \"tags\": $join(tags, \",\")\n}"
                          << "tags=from(tags) join" << true;
    QTest::addRow("default") << "{\n  \"c\": ($exists(country) ? country : \"GB\")\n}"
                             << "c=from(country) default" << true;
    QTest::addRow("constant") << "{\n  \"v\": 2\n}"
                              << "v=from() constant" << true;
    QTest::addRow("substring, replace, split, round, pad")
        << "{\n  \"a\": $substring(s, 0, 3),\n  \"b\": $replace(s, \"-\", \"\"),\n  \"c\": "
           "$split(s, \";\"),\n  \"d\": $round(n, 2),\n  \"e\": $pad(s, 8, \"0\")\n}"
        << "a=from(s) substring\nb=from(s) replace\nc=from(s) split\nd=from(n) round\ne=from(s) pad"
        << true;
    QTest::addRow("sum, count") << "{\n  \"s\": $sum(items.price),\n  \"c\": $count(items)\n}"
                                << "s=from(items.price) sum\nc=from(items) count" << true;
    QTest::addRow("lookup") << "{\n  \"s\": $lookup({\"open\":\"OPEN\",\"paid\":\"PAID\"}, "
                               "$string(status))\n}"
                            << "s=from(status) lookup" << true;
    QTest::addRow("lookup with default")
        << "{\n  \"s\": ($v := $lookup({\"open\":\"OPEN\"}, $string(status)); $exists($v) ? $v "
           ": \"OTHER\")\n}"
        << "s=from(status) lookup" << true;
    QTest::addRow("expr kept") << "{\n  \"n\": (a & \", \" & b)\n}"
                               << "n=expr(a & \", \" & b)" << true;
    QTest::addRow("forEach")
        << "{\n  \"lines\": [items.{\n    \"sku\": productId,\n    \"qty\": $number(quantity)\n  "
           "}]\n}"
        << "lines=forEach(items|)\n  sku=from(productId)\n  qty=from(quantity) toNumber" << true;
    QTest::addRow("forEach with filter, nested")
        << "{\n  \"lines\": [items[qty > 0].{\n    \"sku\": productId,\n    \"parts\": "
           "[parts.{\n      \"p\": id\n    }]\n  }]\n}"
        << "lines=forEach(items|qty > 0)\n  sku=from(productId)\n  parts=forEach(parts|)\n    "
           "p=from(id)"
        << true;
    QTest::addRow("hand-written, unparenthesized") << "{\"n\": a + b, \"m\": x}"
                                                   << "n=expr(a + b)\nm=from(x)" << false;
    QTest::addRow("hand-written call of an unknown function") << "{\"n\": $foo(a)}"
                                                              << "n=expr($foo(a))" << false;
    QTest::addRow("conditional with colon") << "{\"n\": a ? \"x:y\" : b}"
                                            << "n=expr(a ? \"x:y\" : b)" << false;
}

void tst_MappingText::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, rules);
    QFETCH(bool, canonical);

    QList<MappingRule> parsed;
    QString error;
    QVERIFY2(MappingTextParser::parse(text, &parsed, &error), qPrintable(error));
    QCOMPARE(describe(parsed), rules);

    const QString once = compile(parsed);
    QVERIFY(!once.isEmpty());
    if (canonical)
        QCOMPARE(once, text);
    // Text → rules → text settles: a second round changes nothing.
    QList<MappingRule> again;
    QVERIFY(MappingTextParser::parse(once, &again, &error));
    QCOMPARE(describe(again), describe(parsed));
    QCOMPARE(compile(again), once);
}

void tst_MappingText::notAnObject()
{
    QList<MappingRule> rules;
    QString error;
    QVERIFY(!MappingTextParser::parse(QStringLiteral("a.b"), &rules, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!MappingTextParser::parse(QStringLiteral("{\"a\": x"), &rules, &error));
    QVERIFY(!MappingTextParser::parse(QStringLiteral("{a: x}"), &rules, &error));
}

void tst_MappingText::garbageNeverCrashes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("open") << "{";
    QTest::addRow("close") << "}";
    QTest::addRow("unbalanced array") << "{\"a\": [}";
    QTest::addRow("crossed brackets") << "{\"a\": ([)]}";
    QTest::addRow("unterminated name") << "{\"a\": `x}";
    QTest::addRow("unterminated string") << "{\"a\": \"x}";
    QTest::addRow("empty call") << "{\"a\": $fromMillis()}";
    QTest::addRow("forEach without body") << "{\"a\": [x.{]}";
    QTest::addRow("empty concat") << "{\"a\": $join([], \"\")}";
    QTest::addRow("comment") << "{\"a\": /* x */ b}";
    QTest::addRow("deep") << QString(5000, u'{');
    QString deep;
    for (int i = 0; i < 200; ++i)
        deep += QStringLiteral("{\"a\": ");
    deep += u'1' + QString(200, u'}');
    QTest::addRow("deep and closed") << deep;
}

void tst_MappingText::garbageNeverCrashes()
{
    QFETCH(QString, text);
    QList<MappingRule> rules;
    QString error;
    // Whatever it makes of it, the rules compile or the parser said no.
    if (MappingTextParser::parse(text, &rules, &error)) {
        Mapping mapping;
        mapping.rules = rules;
        MappingCompiler::compile(mapping);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_MappingText)
#include "tst_mappingtext.moc"
