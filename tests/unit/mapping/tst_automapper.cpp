// Auto-map: name similarity (case, separators, synonyms, near names) and the suggestions
// for a pair of schemas.

#include "model/core/mapping.h"
#include "model/core/schema.h"
#include "model/mapping/automapper.h"

#include <QTest>

using namespace Flowsmith;

namespace {

Schema schema(const char *json)
{
    FileError error;
    auto s = Schema::fromJson(QByteArray(json), QStringLiteral("s.schema.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.message));
    return *s;
}

} // namespace

class tst_AutoMapper : public QObject
{
    Q_OBJECT

private slots:
    void similarity_data();
    void similarity();
    void suggestions_data();
    void suggestions();
};

void tst_AutoMapper::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");

    QTest::addRow("same") << "email"
                          << "email" << 1.0 << 1.0;
    QTest::addRow("case") << "Email"
                          << "EMAIL" << 1.0 << 1.0;
    QTest::addRow("snake vs camel") << "postal_code"
                                    << "postalCode" << 1.0 << 1.0;
    QTest::addRow("kebab") << "first-name"
                           << "firstName" << 1.0 << 1.0;
    QTest::addRow("zip / postalCode") << "zip"
                                      << "postalCode" << 0.9 << 0.9;
    QTest::addRow("firstName / givenName") << "firstName"
                                           << "givenName" << 0.9 << 0.9;
    QTest::addRow("surname / lastName") << "surname"
                                        << "lastName" << 0.9 << 0.9;
    QTest::addRow("family / last_name") << "family"
                                        << "last_name" << 0.9 << 0.9;
    QTest::addRow("near: adress / address") << "adress"
                                            << "address" << 0.75 << 0.89;
    QTest::addRow("unrelated") << "email"
                               << "quantity" << 0.0 << 0.3;
}

void tst_AutoMapper::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, min);
    QFETCH(double, max);
    const double score = AutoMapper::nameSimilarity(a, b);
    QVERIFY2(score >= min - 1e-9 && score <= max + 1e-9, qPrintable(QString::number(score)));
    QCOMPARE(AutoMapper::nameSimilarity(b, a), score);
}

void tst_AutoMapper::suggestions_data()
{
    QTest::addColumn<QByteArray>("mappedRules"); // already in the mapping
    QTest::addColumn<QStringList>("expected"); // "target <- source", best first

    const QStringList all = { "email <- email_address", "firstName <- given_name",
                              "lastName <- surname", "address.postalCode <- address.zip" };
    QTest::addRow("empty mapping") << QByteArray() << all;
    QTest::addRow("mapped targets are skipped")
        << QByteArray("  - {target: email, from: email_address}\n") << all.mid(1);
    QTest::addRow("a whole object mapped covers its fields")
        << QByteArray("  - {target: address, from: address}\n") << all.mid(0, 3);
}

void tst_AutoMapper::suggestions()
{
    QFETCH(QByteArray, mappedRules);
    QFETCH(QStringList, expected);

    const Schema source = schema(R"({"type": "object", "properties": {
        "given_name": {"type": "string"}, "surname": {"type": "string"},
        "email_address": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}},
        "address": {"type": "object", "properties": {"zip": {"type": "string"}}}}})");
    const Schema target = schema(R"({"type": "object", "properties": {
        "firstName": {"type": "string"}, "lastName": {"type": "string"},
        "email": {"type": "string"}, "score": {"type": "number"},
        "address": {"type": "object", "properties": {"postalCode": {"type": "string"}}}}})");
    FileError error;
    const auto mapping
        = Mapping::fromYaml("flowsmith: 1\nid: m\nsource: a\ntarget: b\nrules:\n"
                                + (mappedRules.isEmpty() ? QByteArray("  []\n") : mappedRules),
                            QStringLiteral("m.map.yaml"), &error);
    QVERIFY2(mapping, qPrintable(error.message));

    QStringList got;
    for (const MappingSuggestion &s : AutoMapper::suggest(*mapping, source, target)) {
        got.append(s.targetPath + QStringLiteral(" <- ") + s.sourcePath);
        QVERIFY(!s.reason.isEmpty());
        QCOMPARE(s.rule().target, s.targetPath);
        QCOMPARE(s.rule().from, s.sourcePath);
    }
    // Synonyms score 0.9 and exact names 1.0: order by score, then target order.
    QStringList sortedGot = got;
    QStringList sortedExpected = expected;
    sortedGot.sort();
    sortedExpected.sort();
    QCOMPARE(sortedGot, sortedExpected);
}

QTEST_GUILESS_MAIN(tst_AutoMapper)
#include "tst_automapper.moc"
