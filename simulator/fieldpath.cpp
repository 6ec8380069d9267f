#include "simulator/fieldpath.h"

namespace Flowsmith::Sim {

FieldPath::FieldPath(const QString &text)
{
    for (const QString &segment : text.split(u'.', Qt::SkipEmptyParts)) {
        QString name = segment.trimmed();
        // Allow JSONata's back-quoted names for fields with odd characters.
        if (name.size() >= 2 && name.startsWith(u'`') && name.endsWith(u'`'))
            name = name.mid(1, name.size() - 2);
        m_segments.append(name);
    }
}

void FieldPath::set(Json &root, Json value) const
{
    Json *current = &root;
    for (const QString &segment : m_segments) {
        if (!current->is_object())
            *current = Json::object();
        current = &(*current)[segment.toStdString()];
    }
    *current = std::move(value);
}

namespace {

void visitPath(Json &value, const QStringList &segments, qsizetype index,
               const std::function<void(Json &)> &visit)
{
    if (value.is_array()) {
        for (Json &item : value)
            visitPath(item, segments, index, visit);
        return;
    }
    if (index == segments.size()) {
        visit(value);
        return;
    }
    if (!value.is_object())
        return;
    auto it = value.find(segments.at(index).toStdString());
    if (it != value.end())
        visitPath(*it, segments, index + 1, visit);
}

bool removePath(Json &value, const QStringList &segments, qsizetype index)
{
    if (value.is_array()) {
        bool removed = false;
        for (Json &item : value)
            removed = removePath(item, segments, index) || removed;
        return removed;
    }
    if (!value.is_object())
        return false;
    const std::string key = segments.at(index).toStdString();
    if (index + 1 == segments.size())
        return value.erase(key) > 0;
    auto it = value.find(key);
    return it != value.end() && removePath(*it, segments, index + 1);
}

} // namespace

bool FieldPath::remove(Json &root) const
{
    if (m_segments.isEmpty())
        return false;
    return removePath(root, m_segments, 0);
}

void FieldPath::forEach(Json &root, const std::function<void(Json &)> &visit) const
{
    if (m_segments.isEmpty()) {
        visit(root);
        return;
    }
    // The root itself is an object path start; arrays at the root are crossed too.
    visitPath(root, m_segments, 0, visit);
}

} // namespace Flowsmith::Sim
