// The compact form the in-memory trace keeps messages in: unpacking gives back the very bytes
// (key order, 2.0 vs 2, big numbers, text), so a trace line written from it equals the live one.

#include "simulator/packedmessage.h"
#include "simulator/traceevent.h"

#include <QTest>

using namespace Flowsmith::Sim;

class tst_PackedMessage : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void traceLine();
};

void tst_PackedMessage::roundTrip_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headers");
    QTest::addRow("object keeps key order")
        << QByteArray(R"({"z": 1, "a": {"y": [], "b": {}}, "m": null})") << QByteArray("{}");
    QTest::addRow("numbers") << QByteArray(R"([2.0, 2, -7, 0.1, 1e300, -0.0, 18446744073709551615,
                                           -9223372036854775808, 3.4028234663852886e38])")
                             << QByteArray(R"({"retry": 3})");
    QTest::addRow("text") << QByteArray(R"("Müller \u0000 \"quoted\" 😀")")
                          << QByteArray(R"({"error": {"message": "x", "node": "n"}})");
    QTest::addRow("scalar bodies") << QByteArray("true") << QByteArray(R"({"a": false})");
    QTest::addRow("null body") << QByteArray("null") << QByteArray("{}");
}

void tst_PackedMessage::roundTrip()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headers);
    Message message;
    message.id = 42;
    message.parent = 7;
    message.body = Json::parse(body.toStdString());
    message.headers = Json::parse(headers.toStdString());

    const PackedMessageRef packed = PackedMessage::pack(message);
    QCOMPARE(packed->id(), std::uint64_t(42));
    QCOMPARE(packed->parent(), std::uint64_t(7));
    QCOMPARE(packed->body().dump(), message.body.dump());
    QCOMPARE(packed->headers().dump(), message.headers.dump());
    const Message back = packed->unpack();
    QCOMPARE(back.body.dump(), message.body.dump());
    QCOMPARE(back.body.type(), message.body.type());
    QVERIFY(packed->packedSize() > 0);
    QVERIFY(packed->packedSize() <= message.body.dump().size() + message.headers.dump().size());
}

void tst_PackedMessage::traceLine()
{
    Message in;
    in.id = 1;
    in.body = Json::parse(R"({"total": 19.90, "qty": 2.0})");
    Message out = in;
    out.id = 2;
    out.parent = 1;
    out.body["total"] = 21.5;

    TraceEvent event;
    event.seq = 3;
    event.node = QStringLiteral("n");
    event.type = QStringLiteral("transform.map");
    event.port = QStringLiteral("in");
    event.input = PackedMessage::pack(in);
    event.outputs.append(TraceOutput { QStringLiteral("out"), PackedMessage::pack(out) });
    const QList<std::pair<QString, Message>> live { { QStringLiteral("out"), out } };
    QCOMPARE(event.toJson().dump(), event.toJson(in, live).dump());
    QVERIFY(event.toJson().dump().find("\"qty\":2.0") != std::string::npos);
}

QTEST_GUILESS_MAIN(tst_PackedMessage)
#include "tst_packedmessage.moc"
