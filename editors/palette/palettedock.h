#pragma once

#include <QDockWidget>

namespace Flowsmith {

class PaletteWidget;

/// The dock that holds the node palette ("Nodes").
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(QWidget *parent = nullptr);

    PaletteWidget *palette() const { return m_palette; }

private:
    PaletteWidget *m_palette;
};

} // namespace Flowsmith
