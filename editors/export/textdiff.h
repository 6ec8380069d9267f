#pragma once

#include <QString>

namespace Flowsmith {

/// A unified line diff for the export preview: what a file in dist/ becomes.
class TextDiff
{
public:
    /// `before` -> `after` as unified-diff text with `context` lines around each change
    /// ("-old", "+new", " same", "@@ …" hunk headers). Empty when the texts are equal. Very
    /// large files with no common lines are shown whole rather than diffed line by line.
    static QString unified(const QString &before, const QString &after, int context = 3);
};

} // namespace Flowsmith
