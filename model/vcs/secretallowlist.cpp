#include "model/vcs/secretallowlist.h"

#include <QDir>
#include <QFile>

namespace Flowsmith {

SecretAllowList SecretAllowList::load(const QString &projectFolder)
{
    QFile file(QDir(projectFolder).filePath(QString::fromLatin1(FileName)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromText(file.readAll());
}

SecretAllowList SecretAllowList::fromText(const QByteArray &text)
{
    SecretAllowList list;
    for (const QByteArray &raw : text.split('\n')) {
        QByteArray line = raw;
        const qsizetype comment = line.indexOf('#');
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (!line.isEmpty())
            list.m_fingerprints.insert(QString::fromUtf8(line));
    }
    return list;
}

} // namespace Flowsmith
