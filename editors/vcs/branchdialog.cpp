#include "editors/vcs/branchdialog.h"

#include "model/vcs/repository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowsmith {

BranchDialog::BranchDialog(Repository *repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Branches"));
    resize(460, 380);
    auto *create = new QPushButton(tr("&New…"), this);
    auto *switchButton = new QPushButton(tr("&Switch"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *side = new QVBoxLayout;
    side->addWidget(create);
    side->addWidget(switchButton);
    side->addWidget(remove);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("New branch"), tr("Name of the branch (from the current commit):"),
            QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            createBranch(name.trimmed(), true);
    });
    connect(switchButton, &QPushButton::clicked, this, [this] {
        if (!selectedBranch().isEmpty())
            switchTo(selectedBranch(), false);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!selectedBranch().isEmpty())
            switchTo(selectedBranch(), false);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedBranch();
        if (!name.isEmpty()
            && QMessageBox::question(this, tr("Delete branch"),
                                     tr("Delete the branch %1?").arg(name))
                == QMessageBox::Yes)
            deleteBranch(name);
    });
    reload();
}

void BranchDialog::reload()
{
    m_list->clear();
    QString error;
    for (const BranchInfo &branch : m_repository->branches(&error)) {
        if (branch.isRemote)
            continue;
        QString text = branch.name;
        if (!branch.upstream.isEmpty())
            text += tr("  → %1").arg(branch.upstream);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, branch.name);
        if (branch.isCurrent) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setText(tr("%1 (current)").arg(text));
            m_list->setCurrentItem(item);
        }
    }
    if (!error.isEmpty())
        m_status->setText(error);
}

QString BranchDialog::selectedBranch() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool BranchDialog::createBranch(const QString &name, bool switchToIt)
{
    QString error;
    if (!m_repository->createBranch(name, {}, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Created %1.").arg(name));
    const bool ok = !switchToIt || switchTo(name, false);
    reload();
    return ok;
}

bool BranchDialog::switchTo(const QString &name, bool discardChanges)
{
    QString error;
    if (!m_repository->switchBranch(name, discardChanges, &error)) {
        if (!discardChanges && m_repository->hasTrackedChanges() && isVisible()
            && QMessageBox::warning(
                   this, tr("Uncommitted changes"),
                   tr("%1\n\nDiscard the uncommitted changes and switch?").arg(error),
                   QMessageBox::Discard | QMessageBox::Cancel)
                == QMessageBox::Discard)
            return switchTo(name, true);
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Switched to %1.").arg(name));
    reload();
    emit branchSwitched(name);
    return true;
}

bool BranchDialog::deleteBranch(const QString &name)
{
    QString error;
    if (!m_repository->deleteBranch(name, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Deleted %1.").arg(name));
    reload();
    return true;
}

} // namespace Flowsmith
