// Issue 15 item 5: the samples that fit a source's schema come first. A table of schemas
// against the example project's samples plus messy ones written here (total as text, a null
// name, non-Latin text, a line that does not parse), with the mismatch count each must get.

#include "tests/common/clirunner.h"

#include "model/core/flow.h"
#include "simulator/samplefit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

class tst_SampleFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rank_data();
    void rank();
    void schemaOfFlow_data();
    void schemaOfFlow();
    void noSchema();

private:
    QTemporaryDir m_dir;
};

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void tst_SampleFit::initTestCase()
{
    QVERIFY(Test::copyTree(Test::exampleProject(), m_dir.path()));
    // Three orders: one in yen (not a currency the schema allows), one with the total as text,
    // one pending but well-formed: two records of three do not match.
    QVERIFY(write(
        m_dir.filePath(QStringLiteral("samples/orders-messy.ndjson")),
        R"({"orderId":"A-9001","status":"paid","createdAt":"2026-11-20T09:15:00Z","customer":{"id":"C-9001","firstName":"太郎","lastName":"山田","email":"taro@example.jp"},"items":[{"productId":"SKU-1","name":"Tee","quantity":1,"unitPrice":9.5}],"currency":"JPY","total":9.5}
{"orderId":"A-9002","status":"paid","createdAt":"2026-11-20T09:16:00Z","customer":{"id":"C-9002","firstName":"Γιώργος","lastName":"Παπαδόπουλος","email":"g@example.gr"},"items":[{"productId":"SKU-2","name":"Mug","quantity":2,"unitPrice":4}],"currency":"EUR","total":"8.00"}
{"orderId":"A-9003","status":"pending","createdAt":"2026-11-20T09:17:00Z","customer":{"id":"C-9003","firstName":"Zoë","lastName":"O’Brien","email":"zoe@example.ie"},"items":[{"productId":"SKU-3","name":"Cap","quantity":1,"unitPrice":12}],"currency":"EUR","total":12}
)"));
    // The second line does not parse: the sample is listed last, with the place of the error.
    QVERIFY(write(m_dir.filePath(QStringLiteral("samples/broken.ndjson")),
                  "{\"orderId\":\"A-1\"}\n{\"orderId\": \n"));
    // Contacts with a null name and a NBSP in the phone: still not orders.
    QVERIFY(write(m_dir.filePath(QStringLiteral("samples/contacts-extra.csv")),
                  "contactId,firstName,lastName,email,phone\nC-1,,Nguyễn,n@example.vn,+84\u00a0"
                  "28 1234\nC-2,Ólafur,Jónsson,o@example.is,\n"));
}

void tst_SampleFit::rank_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QStringList>("order"); // the first samples, best first
    QTest::addColumn<QStringList>("described"); // describe() of named samples, any position

    QTest::newRow("shop orders")
        << "shop-order" << QStringList { "samples/orders.json", "samples/orders-messy.ndjson" }
        << QStringList { "orders.json — 1 of 5 records do not match",
                         "orders-messy.ndjson — 2 of 3 records do not match",
                         "contacts.csv — 6 of 6 records do not match",
                         "contacts-extra.csv — 2 of 2 records do not match" };
    QTest::newRow("CRM contacts") << "crm-contact" << QStringList { "samples/contacts.csv" }
                                  << QStringList {
                                         "orders-messy.ndjson — 3 of 3 records do not match"
                                     };
    QTest::newRow("shipment events")
        << "wms-shipment-event" << QStringList { "samples/shipments.ndjson" }
        << QStringList { "contacts-extra.csv — 2 of 2 records do not match" };
}

void tst_SampleFit::rank()
{
    QFETCH(QString, schema);
    QFETCH(QStringList, order);
    QFETCH(QStringList, described);

    QString error;
    const QList<SampleFit> fits = SampleFitter(m_dir.path()).rank(schema, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fits.size(), 7);
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(fits.at(i).sample, order.at(i));
    // The example's samples hold one deliberately bad record each; the best still mostly fits.
    QVERIFY(fits.first().mismatches * 2 < fits.first().records);

    QStringList texts;
    for (const SampleFit &fit : fits)
        texts << fit.describe();
    for (const QString &text : described)
        QVERIFY2(texts.contains(text), qPrintable(texts.join(u'\n')));

    // The sample that does not parse comes last and says where.
    QCOMPARE(fits.last().sample, QStringLiteral("samples/broken.ndjson"));
    QVERIFY2(fits.last().error.contains(QLatin1String("broken.ndjson:3:1: FS011")),
             qPrintable(fits.last().error));
    // Best first: the share of mismatching records never falls along the list.
    double previous = -1;
    for (const SampleFit &fit : fits.mid(0, fits.size() - 1)) {
        const double share = double(fit.mismatches) / double(fit.records);
        QVERIFY(share >= previous);
        previous = share;
    }
}

void tst_SampleFit::schemaOfFlow_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("best");
    QTest::newRow("order-sync") << "order-sync"
                                << "shop-order"
                                << "samples/orders.json";
    QTest::newRow("contact-to-marketing") << "contact-to-marketing"
                                          << "crm-contact"
                                          << "samples/contacts.csv";
    QTest::newRow("shipment-dispatched") << "shipment-dispatched"
                                         << "wms-shipment-event"
                                         << "samples/shipments.ndjson";
}

void tst_SampleFit::schemaOfFlow()
{
    QFETCH(QString, flow);
    QFETCH(QString, schema);
    QFETCH(QString, best);
    FileError error;
    const auto loaded
        = Flow::load(m_dir.filePath(QStringLiteral("flows/%1.flow.yaml").arg(flow)), &error);
    QVERIFY2(loaded, qPrintable(error.toString()));
    QCOMPARE(SampleFitter(m_dir.path()).schemaOf(*loaded), schema);
    QCOMPARE(SampleFitter(m_dir.path()).rank(schema).first().sample, best);
}

void tst_SampleFit::noSchema()
{
    QString error;
    const QList<SampleFit> fits
        = SampleFitter(m_dir.path()).rank(QStringLiteral("no-such"), &error);
    QVERIFY2(error.contains(QLatin1String("no-such")), qPrintable(error));
    QCOMPARE(fits.size(), 7);
    QCOMPARE(fits.first().sample, QStringLiteral("samples/broken.ndjson")); // by name
    QCOMPARE(fits.first().records, 0);
    SampleFitter(m_dir.path()).rank(QString(), &error);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SampleFit)
#include "tst_samplefit.moc"
