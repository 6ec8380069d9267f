#include "editors/vcs/conflictdialog.h"

#include "model/data/jsonvariant.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QString describe(const std::optional<QVariant> &value, bool removedNode)
{
    if (removedNode)
        return ConflictDialog::tr("(node removed)");
    if (!value)
        return ConflictDialog::tr("(none)");
    if (!value->isValid())
        return QStringLiteral("null");
    return toCompactText(*value);
}

// A typed value: JSON when it parses as JSON, otherwise the text itself.
QVariant parseValue(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    FileError error;
    return parseJsonText(text, QString(), &error).value_or(QVariant(text));
}

} // namespace

ConflictDialog::ConflictDialog(const QString &path, const QList<MergeConflict> &conflicts,
                               QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_table(new QTableWidget(int(conflicts.size()), 6, this))
{
    setWindowTitle(tr("Resolve conflicts — %1").arg(path));
    resize(900, 400);
    m_table->setHorizontalHeaderLabels(
        { tr("Node"), tr("Field"), tr("Ours"), tr("Theirs"), tr("Take"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < conflicts.size(); ++row) {
        const MergeConflict &conflict = conflicts.at(row);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        };
        cell(NodeColumn, conflict.nodeId.isEmpty() ? tr("(flow)") : conflict.nodeId);
        cell(FieldColumn, conflict.field);
        cell(OursColumn, describe(conflict.ours, conflict.oursRemovedNode));
        cell(TheirsColumn, describe(conflict.theirs, conflict.theirsRemovedNode));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Ours"), ConflictResolution::Ours);
        choice->addItem(tr("Theirs"), ConflictResolution::Theirs);
        const bool removal = conflict.oursRemovedNode || conflict.theirsRemovedNode;
        if (!removal)
            choice->addItem(tr("Edit"), ConflictResolution::Edited);
        m_table->setCellWidget(row, ChoiceColumn, choice);
        auto *value = new QLineEdit(describe(conflict.ours, false), m_table);
        value->setEnabled(false);
        m_table->setCellWidget(row, ValueColumn, value);
        connect(choice, &QComboBox::currentIndexChanged, value, [choice, value, conflict] {
            const int chosen = choice->currentData().toInt();
            value->setEnabled(chosen == ConflictResolution::Edited);
            if (chosen == ConflictResolution::Theirs)
                value->setText(describe(conflict.theirs, false));
            else if (chosen == ConflictResolution::Ours)
                value->setText(describe(conflict.ours, false));
        });
    }
    m_table->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Both sides changed these fields differently. Choose the value "
                                "to keep for each; an edited value is read as JSON when it "
                                "parses, as text otherwise."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<ConflictResolution> ConflictDialog::resolutions() const
{
    QList<ConflictResolution> result;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        ConflictResolution resolution;
        resolution.conflict = m_conflicts.at(row);
        const auto *choice = static_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
        resolution.choice = ConflictResolution::Choice(choice->currentData().toInt());
        if (resolution.choice == ConflictResolution::Edited)
            resolution.edited = parseValue(
                static_cast<QLineEdit *>(m_table->cellWidget(row, ValueColumn))->text());
        result << resolution;
    }
    return result;
}

} // namespace Flowsmith
