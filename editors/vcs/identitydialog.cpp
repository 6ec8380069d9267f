#include "editors/vcs/identitydialog.h"

#include "model/vcs/repository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowsmith {

IdentityDialog::IdentityDialog(const GitIdentity &identity, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(identity.name, this))
    , m_email(new QLineEdit(identity.email, this))
{
    setWindowTitle(tr("Who is committing?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Commits carry your name and email address. They are saved in "
                                "this repository's settings (.git/config) only."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("Ada Lovelace"));
    m_email->setPlaceholderText(tr("ada@example.com"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::updateButtons);
    connect(m_email, &QLineEdit::textChanged, this, &IdentityDialog::updateButtons);
    updateButtons();
}

GitIdentity IdentityDialog::identity() const
{
    return { m_name->text().trimmed(), m_email->text().trimmed() };
}

void IdentityDialog::updateButtons()
{
    m_ok->setEnabled(identity().isValid());
}

bool IdentityDialog::ensureIdentity(Repository *repository, QWidget *parent)
{
    if (repository->identity().isValid())
        return true;
    IdentityDialog dialog(repository->identity(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!repository->setIdentity(dialog.identity(), &error)) {
        QMessageBox::warning(parent, tr("Git identity"), error);
        return false;
    }
    return true;
}

} // namespace Flowsmith
