#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QFile>
#include <QString>
#include <QTest>

// Shared by the document tests: where the fixtures are, and the "expected bytes" of an edit,
// written as the loaded bytes with a few textual replacements (an edit must touch only what it
// changes; everything else keeps its bytes).
namespace DocumentTest {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/unit/documents/data/") + name;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// `edits` alternates what to find and what to put instead; each must occur exactly once.
inline bool applyEdits(QByteArray *bytes, const QByteArrayList &edits)
{
    for (qsizetype i = 0; i + 1 < edits.size(); i += 2) {
        if (bytes->count(edits.at(i)) != 1) {
            qWarning("expected exactly one occurrence of \"%s\"", edits.at(i).constData());
            return false;
        }
        bytes->replace(edits.at(i), edits.at(i + 1));
    }
    return true;
}

} // namespace DocumentTest
