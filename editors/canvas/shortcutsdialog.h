#pragma once

#include <QDialog>

namespace Flowsmith {

/// Lists the canvas's keyboard shortcuts and mouse gestures (F1 on the canvas).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    /// (keys, what they do) rows, translated.
    static QList<std::pair<QString, QString>> shortcuts();
};

} // namespace Flowsmith
