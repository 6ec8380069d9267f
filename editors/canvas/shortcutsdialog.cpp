#include "editors/canvas/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Flowsmith {

QList<std::pair<QString, QString>> ShortcutsDialog::shortcuts()
{
    return {
        { tr("Double-click canvas, Ctrl+Space"), tr("Quick add a node") },
        { tr("Drag output port to input port"), tr("Connect") },
        { tr("Drag the end of a selected edge"), tr("Reconnect the edge") },
        { tr("Drop an unconnected node on an edge"), tr("Insert the node into the edge") },
        { tr("Click, Ctrl+click, drag on canvas"), tr("Select, add to selection, rubber band") },
        { tr("Ctrl+A"), tr("Select everything") },
        { tr("Tab / Shift+Tab"), tr("Next / previous node") },
        { tr("Arrow keys (Shift: grid step)"), tr("Move the selection") },
        { tr("Enter"), tr("Show the selection in the inspector") },
        { tr("F2"), tr("Rename the node") },
        { tr("Delete, Backspace"), tr("Delete the selection") },
        { tr("Ctrl+C / Ctrl+X / Ctrl+V"), tr("Copy / cut / paste (also across flows)") },
        { tr("Ctrl+D"), tr("Duplicate") },
        { tr("Ctrl+G / Ctrl+Shift+G"), tr("Group / ungroup the selection") },
        { tr("Ctrl+Shift+L"), tr("Auto-layout (the selection, or the whole flow)") },
        { tr("Ctrl+F, Enter, Shift+Enter"), tr("Find a node by name, type or id; next; previous") },
        { tr("Wheel, Ctrl+= / Ctrl+-"), tr("Zoom in / out") },
        { tr("Ctrl+0 / Ctrl+1"), tr("Actual size / fit the flow") },
        { tr("Middle drag, Space+drag, Shift+wheel"), tr("Pan") },
        { tr("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo / redo") },
        { tr("F1"), tr("This list") },
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Canvas Shortcuts"));
    const auto rows = shortcuts();
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setHorizontalHeaderLabels({ tr("Keys or gesture"), tr("Action") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace Flowsmith
