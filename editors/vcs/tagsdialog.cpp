#include "editors/vcs/tagsdialog.h"

#include "model/vcs/repository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

enum Column { NameColumn, CommitColumn, MessageColumn };

} // namespace

TagsDialog::TagsDialog(Repository *repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_tree(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLineEdit(this))
    , m_create(new QPushButton(tr("&Create Tag"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Tags"));
    resize(720, 440);
    m_tree->setHeaderLabels({ tr("Tag"), tr("Commit"), tr("Message") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);

    m_name->setPlaceholderText(tr("v1.2.0"));
    m_message->setPlaceholderText(tr("Leave empty for a lightweight tag"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Message:"), m_message);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_create);
    form->addRow(createRow);
    auto *newTag = new QGroupBox(tr("New tag on the current commit (%1)")
                                     .arg(repository->resolve(QStringLiteral("HEAD")).left(7)),
                                 this);
    newTag->setLayout(form);

    auto *side = new QVBoxLayout;
    side->addWidget(m_delete);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_tree, 1);
    top->addLayout(side);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(newTag);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textChanged, this, &TagsDialog::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_message, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TagsDialog::updateButtons);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (createTag(m_name->text().trimmed(), m_message->text().trimmed())) {
            m_name->clear();
            m_message->clear();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = selectedTag();
        if (!name.isEmpty()
            && QMessageBox::question(this, tr("Delete tag"),
                                     tr("Delete the tag %1? The commit it names stays.").arg(name))
                == QMessageBox::Yes)
            deleteTag(name);
    });
    reload();
}

void TagsDialog::reload()
{
    const QString keep = selectedTag();
    m_tree->clear();
    QString error;
    for (const TagInfo &tag : m_repository->tags(&error)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, tag.name);
        item->setData(NameColumn, Qt::UserRole, tag.name);
        const QString subject = m_repository->commitSummary(tag.target);
        item->setText(CommitColumn,
                      subject.isEmpty() ? tag.target.left(7)
                                        : tr("%1 %2").arg(tag.target.left(7), subject));
        item->setToolTip(CommitColumn, tag.target);
        item->setText(MessageColumn,
                      tag.message.isEmpty() ? tr("(lightweight)")
                                            : tag.message.section(u'\n', 0, 0));
        item->setToolTip(MessageColumn, tag.message);
        if (tag.name == keep)
            m_tree->setCurrentItem(item);
    }
    m_tree->resizeColumnToContents(NameColumn);
    m_tree->resizeColumnToContents(CommitColumn);
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_tree->topLevelItemCount() == 0)
        m_status->setText(tr("No tags yet."));
    updateButtons();
}

QString TagsDialog::selectedTag() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void TagsDialog::updateButtons()
{
    m_create->setEnabled(!m_name->text().trimmed().isEmpty());
    m_delete->setEnabled(!selectedTag().isEmpty());
}

bool TagsDialog::createTag(const QString &name, const QString &message)
{
    QString error;
    if (name.isEmpty() || !m_repository->createTag(name, message, &error)) {
        m_status->setText(name.isEmpty() ? tr("A tag needs a name.") : error);
        return false;
    }
    reload();
    m_status->setText(message.isEmpty() ? tr("Created the lightweight tag %1.").arg(name)
                                        : tr("Created the annotated tag %1.").arg(name));
    emit tagsChanged();
    return true;
}

bool TagsDialog::deleteTag(const QString &name)
{
    QString error;
    if (!m_repository->deleteTag(name, &error)) {
        m_status->setText(error);
        return false;
    }
    reload();
    m_status->setText(tr("Deleted the tag %1.").arg(name));
    emit tagsChanged();
    return true;
}

} // namespace Flowsmith
