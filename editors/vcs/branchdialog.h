#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Flowsmith {

class Repository;

/// Lists the branches and creates, switches to and deletes them. Switching with uncommitted
/// changes asks first; the studio saves or discards its open documents before it calls this.
class BranchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BranchDialog(Repository *repository, QWidget *parent = nullptr);

    void reload();
    /// The actions behind the buttons; they report errors in the dialog. Tests call them.
    bool createBranch(const QString &name, bool switchToIt);
    bool switchTo(const QString &name, bool discardChanges);
    bool deleteBranch(const QString &name);

    QListWidget *branchList() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }

signals:
    /// The work tree changed: open documents must be reloaded.
    void branchSwitched(const QString &name);

private:
    QString selectedBranch() const;

    Repository *m_repository;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace Flowsmith
