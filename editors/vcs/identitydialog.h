#pragma once

#include "model/vcs/gitidentity.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Flowsmith {

class Repository;

/// Asks for the name and email that commits carry when git config has none, and writes them
/// into the repository's own .git/config.
class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityDialog(const GitIdentity &identity, QWidget *parent = nullptr);

    GitIdentity identity() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }

    /// True when `repository` has an identity, after asking for one if it had none.
    static bool ensureIdentity(Repository *repository, QWidget *parent);

private:
    void updateButtons();

    QLineEdit *m_name;
    QLineEdit *m_email;
    QPushButton *m_ok = nullptr;
};

} // namespace Flowsmith
