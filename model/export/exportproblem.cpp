#include "model/export/exportproblem.h"

namespace Flowsmith {

QString ExportProblem::toString() const
{
    QString text = file;
    if (position.line > 0)
        text += u':' + QString::number(position.line);
    return text + QLatin1String(": ") + message;
}

} // namespace Flowsmith
