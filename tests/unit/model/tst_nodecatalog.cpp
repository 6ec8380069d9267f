// The node catalog is complete against design §3: every type, its category, its ports with
// direction and kind, its config keys, and route.choice's case ports.

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"

#include <QSet>
#include <QTest>

using namespace Flowsmith;

namespace {

// "in:I, out:O, response:O/response, invalid:O/error"
QString describePorts(const QList<PortSpec> &ports)
{
    QStringList parts;
    for (const PortSpec &p : ports) {
        QString text = p.name
            + (p.direction == PortDirection::Input ? QStringLiteral(":I") : QStringLiteral(":O"));
        if (p.kind == PortKind::Response)
            text += QStringLiteral("/response");
        else if (p.kind == PortKind::Error)
            text += QStringLiteral("/error");
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

QString describeKeys(const QList<ConfigField> &fields)
{
    QStringList keys;
    for (const ConfigField &f : fields)
        keys.append(f.key + (f.required ? QStringLiteral("*") : QString()));
    return keys.join(u' ');
}

} // namespace

class tst_NodeCatalog : public QObject
{
    Q_OBJECT

private slots:
    void type_data();
    void type();
    void noTypeBeyondTheDesign();
    void choiceCasePorts();
    void configFieldTypes();
};

void tst_NodeCatalog::type_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("configKeys"); // * = required

    using C = NodeCategory;
    QTest::addRow("source.http") << "source.http" << int(C::Source) << "out:O"
                                 << "method* path* system";
    QTest::addRow("source.timer") << "source.timer" << int(C::Source) << "out:O"
                                  << "interval* body";
    QTest::addRow("source.topic") << "source.topic" << int(C::Source) << "out:O"
                                  << "protocol* topic* system";
    QTest::addRow("transform.map") << "transform.map" << int(C::Transform) << "in:I, out:O"
                                   << "mapping expression";
    QTest::addRow("transform.set") << "transform.set" << int(C::Transform) << "in:I, out:O"
                                   << "actions*";
    QTest::addRow("route.filter") << "route.filter" << int(C::Route) << "in:I, out:O"
                                  << "condition*";
    QTest::addRow("route.choice") << "route.choice" << int(C::Route) << "in:I, otherwise:O"
                                  << "cases*";
    QTest::addRow("route.split") << "route.split" << int(C::Route) << "in:I, out:O"
                                 << "expression*";
    QTest::addRow("route.aggregate") << "route.aggregate" << int(C::Route) << "in:I, out:O"
                                     << "mode* count";
    QTest::addRow("quality.validate")
        << "quality.validate" << int(C::Quality) << "in:I, valid:O, invalid:O/error"
        << "schema*";
    QTest::addRow("quality.rules")
        << "quality.rules" << int(C::Quality) << "in:I, pass:O, fail:O/error"
        << "rules*";
    QTest::addRow("security.mask") << "security.mask" << int(C::Security) << "in:I, out:O"
                                   << "fields* mode";
    QTest::addRow("error.catch") << "error.catch" << int(C::Error) << "out:O/error"
                                 << "";
    QTest::addRow("sink.http") << "sink.http" << int(C::Sink) << "in:I, response:O/response"
                               << "system* method* path retry timeoutMs";
    QTest::addRow("sink.topic") << "sink.topic" << int(C::Sink) << "in:I"
                                << "protocol* topic* system";
    QTest::addRow("sink.reply") << "sink.reply" << int(C::Sink) << "in:I"
                                << "status";
    QTest::addRow("sink.log") << "sink.log" << int(C::Sink) << "in:I"
                              << "level";
}

void tst_NodeCatalog::type()
{
    QFETCH(QString, id);
    QFETCH(int, category);
    QFETCH(QString, ports);
    QFETCH(QString, configKeys);

    const NodeType *t = NodeCatalog::instance().type(id);
    QVERIFY(t);
    QCOMPARE(t->id, id);
    QCOMPARE(int(t->category), category);
    QCOMPARE(describePorts(t->ports), ports);
    QCOMPARE(describeKeys(t->configFields), configKeys);
    QCOMPARE(t->icon, QStringLiteral(":/icons/nodes/%1.svg").arg(id));
    QVERIFY(!t->displayName.isEmpty());
    QVERIFY(!t->description.isEmpty());
    QCOMPARE(t->hasCasePorts, id == QLatin1String("route.choice"));
    QCOMPARE(t->isSource(),
             category == int(NodeCategory::Source) || id == QLatin1String("error.catch"));
    QVERIFY(NodeCatalog::instance().types(NodeCategory(category)).contains(t));
    QVERIFY(!NodeCatalog::categoryName(NodeCategory(category)).isEmpty());
    for (const PortSpec &p : t->ports)
        // Every input is needed, but a foreign node's: Node-RED nodes may take no messages.
        QCOMPARE(p.required,
                 p.direction == PortDirection::Input && category != int(NodeCategory::Foreign));
    for (const ConfigField &f : t->configFields) {
        QVERIFY(!f.label.isEmpty());
        QCOMPARE(t->configField(f.key), &f);
        if (f.type == ConfigFieldType::Enum)
            QVERIFY(!f.enumValues.isEmpty());
        if (f.type == ConfigFieldType::ObjectList || f.type == ConfigFieldType::Object)
            QVERIFY(!f.itemFields.isEmpty());
    }
}

void tst_NodeCatalog::noTypeBeyondTheDesign()
{
    QSet<QString> ids;
    for (const NodeType &t : NodeCatalog::instance().types())
        ids.insert(t.id);
    // The 17 types of design §3, and foreign.nodered, which keeps what the Node-RED import
    // cannot translate (issue 7).
    QCOMPARE(ids.size(), 18);
    QCOMPARE(NodeCatalog::instance().types().size(), 18);
    QVERIFY(ids.contains(QStringLiteral("foreign.nodered")));
    QVERIFY(!NodeCatalog::instance().type(QStringLiteral("sink.fax")));
}

void tst_NodeCatalog::choiceCasePorts()
{
    FlowNode node;
    node.id = QStringLiteral("route");
    node.type = QStringLiteral("route.choice");
    node.config[QStringLiteral("cases")] = QVariantList {
        QVariantMap { { QStringLiteral("id"), QStringLiteral("big") },
                      { QStringLiteral("condition"), QStringLiteral("total > 1000") } },
        QVariantMap { { QStringLiteral("id"), QStringLiteral("small") },
                      { QStringLiteral("condition"), QStringLiteral("true") } },
        QVariantMap { { QStringLiteral("condition"), QStringLiteral("false") } }, // no id: no port
    };
    const NodeCatalog &catalog = NodeCatalog::instance();
    QCOMPARE(describePorts(catalog.ports(node)),
             QStringLiteral("in:I, big:O, small:O, otherwise:O"));
    QVERIFY(catalog.port(node, QStringLiteral("big")));
    QCOMPARE(catalog.port(node, QStringLiteral("big"))->direction, PortDirection::Output);
    QVERIFY(!catalog.port(node, QStringLiteral("out")));

    FlowNode unknown;
    unknown.type = QStringLiteral("sink.fax");
    QVERIFY(catalog.ports(unknown).isEmpty());
}

void tst_NodeCatalog::configFieldTypes()
{
    const NodeCatalog &catalog = NodeCatalog::instance();
    QCOMPARE(
        catalog.type(QStringLiteral("transform.map"))->configField(QStringLiteral("mapping"))->type,
        ConfigFieldType::Mapping);
    QCOMPARE(catalog.type(QStringLiteral("quality.validate"))
                 ->configField(QStringLiteral("schema"))
                 ->type,
             ConfigFieldType::Schema);
    QCOMPARE(catalog.type(QStringLiteral("sink.http"))->configField(QStringLiteral("system"))->type,
             ConfigFieldType::System);
    QCOMPARE(catalog.type(QStringLiteral("route.filter"))
                 ->configField(QStringLiteral("condition"))
                 ->type,
             ConfigFieldType::Expression);
    QCOMPARE(
        catalog.type(QStringLiteral("source.timer"))->configField(QStringLiteral("interval"))->type,
        ConfigFieldType::Integer);
    QCOMPARE(
        catalog.type(QStringLiteral("security.mask"))->configField(QStringLiteral("fields"))->type,
        ConfigFieldType::StringList);
    QCOMPARE(catalog.type(QStringLiteral("source.topic"))
                 ->configField(QStringLiteral("protocol"))
                 ->enumValues,
             (QStringList { QStringLiteral("mqtt"), QStringLiteral("kafka") }));
    const ConfigField *actions
        = catalog.type(QStringLiteral("transform.set"))->configField(QStringLiteral("actions"));
    QCOMPARE(actions->type, ConfigFieldType::ObjectList);
    QStringList itemKeys;
    for (const ConfigField &f : actions->itemFields)
        itemKeys.append(f.key);
    QCOMPARE(
        itemKeys,
        (QStringList { QStringLiteral("op"), QStringLiteral("target"), QStringLiteral("value") }));
    const ConfigField *retry
        = catalog.type(QStringLiteral("sink.http"))->configField(QStringLiteral("retry"));
    QCOMPARE(retry->type, ConfigFieldType::Object);
    QCOMPARE(retry->itemFields.size(), 2);
    QCOMPARE(catalog.type(QStringLiteral("route.aggregate"))
                 ->configField(QStringLiteral("mode"))
                 ->enumValues,
             (QStringList { QStringLiteral("automatic"), QStringLiteral("count") }));
}

QTEST_GUILESS_MAIN(tst_NodeCatalog)
#include "tst_nodecatalog.moc"
