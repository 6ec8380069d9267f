#pragma once

#include "model/vcs/commitinfo.h"

#include <QWidget>

class QTreeWidget;
class QLineEdit;

namespace Flowsmith {

class Repository;

/// The history of the project: one row per commit (short id, message, author, date), opening
/// to the files it changed and, for flows and mappings, what changed by meaning.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    /// Shows the history of `repository` (not owned; nullptr clears). `path` keeps only the
    /// commits touching one file.
    void setRepository(Repository *repository, const QString &path = {});
    void reload();

    QTreeWidget *tree() const { return m_tree; }

signals:
    /// A commit's row was activated (to view the project as of that revision).
    void commitActivated(const QString &commitId);
    /// A flow's row was activated under a commit: show its diff against the parent.
    void flowActivated(const QString &commitId, const QString &path);

private:
    Repository *m_repository = nullptr;
    QString m_path;
    QTreeWidget *m_tree;
    int m_limit = 500;
};

} // namespace Flowsmith
