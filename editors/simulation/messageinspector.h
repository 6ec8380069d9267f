#pragma once

#include "simulator/traceevent.h"

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Flowsmith {

/// Shows one hop of a simulation: the message that entered the node as a JSON tree, what the
/// node sent, the changes between the two, and the node's config, which can be edited to run
/// the flow again from that hop (time travel). A paused run shows the message waiting at the
/// next node.
class MessageInspector : public QWidget
{
    Q_OBJECT

public:
    explicit MessageInspector(QWidget *parent = nullptr);

    /// Hop `index` (0-based) of the run; `config` is the node's config at that hop.
    void showHop(int index, const Sim::TraceEvent &event, const QVariantMap &config);
    /// The message waiting before `node` (a paused run).
    void showPending(const QString &node, const Sim::Message &message);
    void clear();

    int hopIndex() const { return m_hopIndex; }
    QString node() const { return m_node; }
    QTreeWidget *messageTree() const { return m_messageTree; }
    QTreeWidget *diffTree() const { return m_diffTree; }
    QPlainTextEdit *configEditor() const { return m_configEditor; }
    QPushButton *rerunButton() const { return m_rerunButton; }

    /// A JSON value as tree items under `parent` (objects and arrays expand).
    static void addJson(QTreeWidgetItem *parent, const QString &key, const Sim::Json &value);

signals:
    /// The user edited the config of `node` at hop `hopIndex` and wants to run from there.
    void rerunRequested(int hopIndex, const QString &node, const QVariantMap &config);

private:
    void requestRerun();
    static Sim::Json whole(const Sim::Message &message);

    QLabel *m_title;
    QTreeWidget *m_messageTree;
    QTreeWidget *m_diffTree;
    QPlainTextEdit *m_configEditor;
    QPushButton *m_rerunButton;
    QLabel *m_configError;
    int m_hopIndex = -1;
    QString m_node;
};

} // namespace Flowsmith
