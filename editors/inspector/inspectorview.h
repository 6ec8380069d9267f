#pragma once

#include "model/core/project.h"
#include "model/documents/flowdocument.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;

namespace Flowsmith {

class Flow;

/// The inspector dock's contents: what the current tab shows. For a flow, its name,
/// description, governance, service levels and nodes; for any other file, what kind of file
/// it is and where.
class InspectorView : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorView(QWidget *parent = nullptr);

    /// Shows nothing selected.
    void clear();
    /// Shows a flow as read from `relativePath`.
    void showFlow(const Flow &flow, const QString &relativePath);
    /// Shows the flow a document holds and follows its changes (reload after a save, edits).
    void showFlowDocument(FlowDocument *document, const QString &relativePath);
    FlowDocument *flowDocument() const { return m_document; }
    /// Shows a file that is not a flow, or a flow that failed to load (`loadError` non-empty).
    void showFile(ProjectFileKind kind, const QString &relativePath,
                  const QString &loadError = QString());

    /// The text a field shows ("name", "owner", "steward", "latencyMs"…), for tests.
    QString fieldText(const QString &field) const;
    QTreeWidget *nodeList() const { return m_nodes; }

signals:
    /// A node of the list was activated (double-click, Enter): show it in the flow's tab.
    void nodeActivated(const QString &nodeId);

private:
    QLineEdit *addField(QFormLayout *form, const QString &key, const QString &label);
    void followDocument(FlowDocument *document);

    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_fileTitle;
    QLabel *m_fileDetails;
    QLabel *m_flowTitle;
    QPlainTextEdit *m_description;
    QHash<QString, QLineEdit *> m_fields;
    QTreeWidget *m_nodes;
    QPointer<FlowDocument> m_document;
    QString m_documentPath;
};

} // namespace Flowsmith
