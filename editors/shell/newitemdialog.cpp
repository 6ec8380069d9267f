#include "newitemdialog.h"

#include "model/core/projectid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowsmith {

NewItemDialog::NewItemDialog(const QString &title, Mode mode,
                             std::function<QString(const QString &)> check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("newItemDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_source->setObjectName(QStringLiteral("sourceSchemaCombo"));
    m_target->setObjectName(QStringLiteral("targetSchemaCombo"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    if (mode == Mode::NameAndId)
        form->addRow(tr("&Name:"), m_name);
    else
        m_name->hide();
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Source schema:"), m_source);
    form->addRow(tr("&Target schema:"), m_target);
    form->setRowVisible(m_source, false);
    form->setRowVisible(m_target, false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_idEdited) {
            const QSignalBlocker blocker(m_id);
            m_id->setText(ProjectId::fromName(name));
        }
        update();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        update();
    });
    connect(m_id, &QLineEdit::textChanged, this, &NewItemDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void NewItemDialog::setSchemas(const QStringList &schemaIds)
{
    m_withSchemas = true;
    m_source->addItems(schemaIds);
    m_target->addItems(schemaIds);
    if (schemaIds.size() > 1)
        m_target->setCurrentIndex(1);
    if (auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout())) {
        form->setRowVisible(m_source, true);
        form->setRowVisible(m_target, true);
    }
    update();
}

void NewItemDialog::setId(const QString &id)
{
    m_id->setText(id);
    m_id->selectAll();
    m_idEdited = true;
}

QString NewItemDialog::id() const
{
    return m_id->text().trimmed();
}

QString NewItemDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewItemDialog::sourceSchema() const
{
    return m_source->currentText();
}

QString NewItemDialog::targetSchema() const
{
    return m_target->currentText();
}

void NewItemDialog::update()
{
    QString problem = m_check ? m_check(id()) : QString();
    if (problem.isEmpty() && m_withSchemas && m_source->count() == 0)
        problem = tr("The project has no schema yet: import one first.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Flowsmith
