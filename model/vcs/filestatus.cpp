#include "model/vcs/filestatus.h"

namespace Flowsmith {

QString FileStatus::shortCode() const
{
    if (flags & Conflicted)
        return QStringLiteral("UU");
    if (flags & WorkNew)
        return QStringLiteral("??");
    QChar index = u' ';
    if (flags & IndexNew)
        index = u'A';
    else if (flags & IndexModified)
        index = u'M';
    else if (flags & IndexDeleted)
        index = u'D';
    else if (flags & IndexRenamed)
        index = u'R';
    QChar work = u' ';
    if (flags & WorkModified)
        work = u'M';
    else if (flags & WorkDeleted)
        work = u'D';
    else if (flags & WorkRenamed)
        work = u'R';
    return QString(index) + work;
}

} // namespace Flowsmith
