#include "editors/export/textdiff.h"

#include <QStringList>

#include <vector>

namespace Flowsmith {

namespace {

enum class Op { Same, Removed, Added };

struct Line
{
    Op op;
    QString text;
    int oldLine; ///< 1-based, 0 for added lines
    int newLine; ///< 1-based, 0 for removed lines
};

/// Longest common subsequence on the lines between the common head and tail; beyond a
/// size where the table would be too big the middle is shown as removed then added.
std::vector<Line> diffLines(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    std::vector<Line> out;
    for (qsizetype i = 0; i < head; ++i)
        out.push_back({ Op::Same, a[i], int(i + 1), int(i + 1) });
    constexpr qsizetype MaxCells = 4'000'000;
    if (n * m <= MaxCells) {
        std::vector<int> table(std::size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & {
            return table[std::size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                                      : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                out.push_back({ Op::Same, a[head + i], int(head + i + 1), int(head + j + 1) });
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                // Removed lines before added ones, as diff(1) shows a replacement.
                out.push_back({ Op::Removed, a[head + i], int(head + i + 1), 0 });
                ++i;
            } else {
                out.push_back({ Op::Added, b[head + j], 0, int(head + j + 1) });
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            out.push_back({ Op::Removed, a[head + i], int(head + i + 1), 0 });
        for (qsizetype j = 0; j < m; ++j)
            out.push_back({ Op::Added, b[head + j], 0, int(head + j + 1) });
    }
    for (qsizetype k = 0; k < tail; ++k)
        out.push_back({ Op::Same, a[head + n + k], int(head + n + k + 1), int(head + m + k + 1) });
    return out;
}

} // namespace

QString TextDiff::unified(const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    const QStringList a = before.isEmpty() ? QStringList() : before.split(u'\n');
    const QStringList b = after.isEmpty() ? QStringList() : after.split(u'\n');
    const std::vector<Line> lines = diffLines(a, b);

    QString out;
    const int count = int(lines.size());
    int i = 0;
    while (i < count) {
        if (lines[std::size_t(i)].op == Op::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2 * context lines from the next.
        const int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (lines[std::size_t(end)].op != Op::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        for (int k = start; k < end; ++k) {
            const Line &line = lines[std::size_t(k)];
            if (line.op != Op::Added) {
                oldStart = oldStart ? oldStart : line.oldLine;
                ++oldCount;
            }
            if (line.op != Op::Removed) {
                newStart = newStart ? newStart : line.newLine;
                ++newCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldStart)
                   .arg(oldCount)
                   .arg(newStart)
                   .arg(newCount);
        for (int k = start; k < end; ++k) {
            const Line &line = lines[std::size_t(k)];
            out += (line.op == Op::Same        ? u' '
                        : line.op == Op::Added ? u'+'
                                               : u'-')
                + line.text + u'\n';
        }
        i = end;
    }
    return out;
}

} // namespace Flowsmith
