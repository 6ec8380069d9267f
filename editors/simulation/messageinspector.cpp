#include "editors/simulation/messageinspector.h"

#include "model/data/jsondiff.h"
#include "model/data/jsonvariant.h"

#include <QBrush>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QString scalarText(const Sim::Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

QTreeWidget *makeTree(const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

MessageInspector::MessageInspector(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_messageTree(makeTree({ tr("Key"), tr("Value") }))
    , m_diffTree(makeTree({ tr("Path"), tr("Before"), tr("After") }))
    , m_configEditor(new QPlainTextEdit)
    , m_rerunButton(new QPushButton(tr("Re-run from this hop")))
    , m_configError(new QLabel)
{
    setObjectName(QStringLiteral("messageInspector"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_messageTree->setObjectName(QStringLiteral("messageTree"));
    m_diffTree->setObjectName(QStringLiteral("diffTree"));
    m_configEditor->setObjectName(QStringLiteral("configEditor"));
    m_configEditor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_configEditor->setTabChangesFocus(true);
    m_rerunButton->setObjectName(QStringLiteral("rerunButton"));
    m_rerunButton->setToolTip(tr("Run the flow again from this hop with the edited config: "
                                 "the message entering the hop is kept"));
    m_configError->setStyleSheet(QStringLiteral("color: #c02020"));
    m_configError->setWordWrap(true);

    auto *configBox = new QWidget;
    auto *configLayout = new QVBoxLayout(configBox);
    configLayout->setContentsMargins(0, 0, 0, 0);
    configLayout->addWidget(new QLabel(tr("Node config (JSON)")));
    configLayout->addWidget(m_configEditor);
    configLayout->addWidget(m_configError);
    configLayout->addWidget(m_rerunButton);

    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(new QLabel(tr("Changes made by the node")));
    diffLayout->addWidget(m_diffTree);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_messageTree);
    splitter->addWidget(diffBox);
    splitter->addWidget(configBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_rerunButton, &QPushButton::clicked, this, &MessageInspector::requestRerun);
    clear();
}

Sim::Json MessageInspector::whole(const Sim::Message &message)
{
    return Sim::Json { { "body", message.body }, { "headers", message.headers } };
}

void MessageInspector::addJson(QTreeWidgetItem *parent, const QString &key, const Sim::Json &value)
{
    auto *item = new QTreeWidgetItem(parent, { key });
    if (value.is_object()) {
        item->setText(1, tr("{%n key(s)}", nullptr, int(value.size())));
        for (auto it = value.begin(); it != value.end(); ++it)
            addJson(item, QString::fromStdString(it.key()), it.value());
    } else if (value.is_array()) {
        item->setText(1, tr("[%n item(s)]", nullptr, int(value.size())));
        for (std::size_t i = 0; i < value.size(); ++i)
            addJson(item, QStringLiteral("[%1]").arg(i), value[i]);
    } else {
        item->setText(1, scalarText(value));
        item->setToolTip(1, QString::fromStdString(value.dump()));
    }
}

void MessageInspector::clear()
{
    m_hopIndex = -1;
    m_node.clear();
    m_title->setText(tr("Select a hop, or run the flow and pause it, to see its message."));
    m_messageTree->clear();
    m_diffTree->clear();
    m_configEditor->clear();
    m_configEditor->setEnabled(false);
    m_rerunButton->setEnabled(false);
    m_configError->clear();
}

void MessageInspector::showPending(const QString &node, const Sim::Message &message)
{
    clear();
    m_node = node;
    m_title->setText(
        tr("Paused before node '%1': message %2 waits there.").arg(node).arg(message.id));
    auto *root = new QTreeWidgetItem(m_messageTree, { tr("Waiting") });
    const Sim::Json waiting = whole(message);
    for (auto it = waiting.begin(); it != waiting.end(); ++it)
        addJson(root, QString::fromStdString(it.key()), it.value());
    m_messageTree->expandToDepth(2);
}

void MessageInspector::showHop(int index, const Sim::TraceEvent &event, const QVariantMap &config)
{
    clear();
    if (!event.input)
        return; // a trace kept without messages
    m_hopIndex = index;
    m_node = event.node;
    QString title = tr("Hop %1: node '%2' (%3) at %4 ms took %5 ms; message %6 from %7.")
                        .arg(event.seq)
                        .arg(event.node, event.type)
                        .arg(event.time)
                        .arg(event.durationMs)
                        .arg(event.input->id())
                        .arg(event.input->parent() ? QString::number(event.input->parent())
                                                   : tr("the source"));
    if (!event.error.isEmpty())
        title += u'\n' + tr("Failed: %1").arg(event.error);
    m_title->setText(title);

    const Sim::Json input = whole(event.input->unpack());
    auto *in = new QTreeWidgetItem(m_messageTree, { tr("Input") });
    for (auto it = input.begin(); it != input.end(); ++it)
        addJson(in, QString::fromStdString(it.key()), it.value());
    for (const Sim::TraceOutput &output : event.outputs) {
        auto *out = new QTreeWidgetItem(m_messageTree, { tr("Output on '%1'").arg(output.port) });
        const Sim::Json sent = whole(output.message->unpack());
        for (auto it = sent.begin(); it != sent.end(); ++it)
            addJson(out, QString::fromStdString(it.key()), it.value());

        auto *group = new QTreeWidgetItem(
            m_diffTree, { tr("to '%1' (message %2)").arg(output.port).arg(output.message->id()) });
        const QList<JsonChange> changes = diffJson(input, sent);
        if (changes.isEmpty())
            new QTreeWidgetItem(group, { tr("(unchanged)") });
        for (const JsonChange &change : changes) {
            auto *item = new QTreeWidgetItem(group);
            QColor colour;
            switch (change.kind) {
            case JsonChange::Kind::Added:
                item->setText(0, QStringLiteral("+ ") + change.path);
                item->setText(2, QString::fromUtf8(toCompactBytes(change.after)));
                colour = QColor(0x1a, 0x7f, 0x37);
                break;
            case JsonChange::Kind::Removed:
                item->setText(0, QStringLiteral("- ") + change.path);
                item->setText(1, QString::fromUtf8(toCompactBytes(change.before)));
                colour = QColor(0xc0, 0x20, 0x20);
                break;
            case JsonChange::Kind::Changed:
                item->setText(0, QStringLiteral("~ ") + change.path);
                item->setText(1, QString::fromUtf8(toCompactBytes(change.before)));
                item->setText(2, QString::fromUtf8(toCompactBytes(change.after)));
                colour = QColor(0x9a, 0x67, 0x00);
                break;
            }
            item->setForeground(0, colour);
        }
    }
    m_messageTree->expandToDepth(1);
    m_diffTree->expandAll();

    m_configEditor->setPlainText(QString::fromStdString(toJson(config).dump(2)));
    m_configEditor->setEnabled(true);
    m_rerunButton->setEnabled(true);
}

void MessageInspector::requestRerun()
{
    if (m_hopIndex < 0)
        return;
    const QString text = m_configEditor->toPlainText();
    FileError parseError;
    const std::optional<QVariant> config = parseJsonText(text, QString(), &parseError);
    if (!config || config->typeId() != QMetaType::QVariantMap) {
        m_configError->setText(
            !config ? tr("The config is not JSON: %1").arg(describeTextError(parseError, text))
                    : tr("The config must be a JSON object."));
        return;
    }
    m_configError->clear();
    emit rerunRequested(m_hopIndex, m_node, config->toMap());
}

} // namespace Flowsmith
