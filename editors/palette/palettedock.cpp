#include "editors/palette/palettedock.h"

#include "editors/palette/palettewidget.h"

namespace Flowsmith {

PaletteDock::PaletteDock(QWidget *parent)
    : QDockWidget(tr("Nodes"), parent)
    , m_palette(new PaletteWidget(this))
{
    setObjectName(QStringLiteral("paletteDock"));
    setWidget(m_palette);
    setFocusProxy(m_palette);
}

} // namespace Flowsmith
