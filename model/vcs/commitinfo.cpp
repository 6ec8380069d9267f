#include "model/vcs/commitinfo.h"

namespace Flowsmith {

QStringList CommitFileChange::describe() const
{
    static const char letters[] = { 'A', 'M', 'D', 'R' };
    QStringList lines;
    lines << QString(QLatin1Char(letters[status])) + u' ' + path;
    for (const FlowChange &change : flowChanges)
        lines << QStringLiteral("    ") + change.toText();
    for (const QString &change : mappingChanges)
        lines << QStringLiteral("    ") + change;
    if (!error.isEmpty())
        lines << QStringLiteral("    ") + error;
    return lines;
}

} // namespace Flowsmith
