#include "model/core/fileerror.h"

namespace Flowsmith {

QString FileError::toString() const
{
    QString text = file;
    if (position.line > 0) {
        text += u':' + QString::number(position.line);
        if (position.column > 0)
            text += u':' + QString::number(position.column);
    }
    text += QLatin1String(": ");
    if (!code.isEmpty())
        text += code + QLatin1String(": ");
    return text + message;
}

} // namespace Flowsmith
