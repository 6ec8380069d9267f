#pragma once

#include "model/vcs/conflictresolution.h"

#include <QDialog>

class QTableWidget;

namespace Flowsmith {

/// Resolves the conflicts a merge left in one flow, field by field: per row the node, the
/// field, OURS's and THEIRS's values and a choice — ours, theirs, or an edited value (JSON or
/// plain text). The caller applies resolutions() with applyConflictResolutions, saves the flow
/// and stages it.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString &path, const QList<MergeConflict> &conflicts,
                   QWidget *parent = nullptr);

    QList<ConflictResolution> resolutions() const;
    QTableWidget *table() const { return m_table; }

    enum Column { NodeColumn, FieldColumn, OursColumn, TheirsColumn, ChoiceColumn, ValueColumn };

private:
    QList<MergeConflict> m_conflicts;
    QTableWidget *m_table;
};

} // namespace Flowsmith
