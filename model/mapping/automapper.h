#pragma once

#include "model/core/mapping.h"
#include "model/core/schema.h"

#include <QList>
#include <QString>

namespace Flowsmith {

/// A rule auto-map proposes: write `targetPath` from `sourcePath`.
struct MappingSuggestion
{
    QString targetPath;
    QString sourcePath;
    double score = 0; ///< 0…1: 1 same name, 0.9 synonyms, less for near names
    QString reason; ///< translated: "same name", "synonym", "similar name"

    MappingRule rule() const;
};

/// Suggests rules by name similarity (issue 5): names are compared without case and
/// separators (postal_code = postalCode), through a table of synonyms (zip = postalCode,
/// firstName = givenName, surname = lastName = family…) and by edit distance. Only target
/// fields that no rule writes are offered, each at most once, best first; a source field of
/// a kind that cannot go there (array into a scalar, object into a string) is not offered.
class AutoMapper
{
public:
    static QList<MappingSuggestion> suggest(const Mapping &mapping, const Schema &source,
                                            const Schema &target, double threshold = 0.75);

    /// 0…1, symmetric; what suggest() ranks by.
    static double nameSimilarity(const QString &a, const QString &b, QString *reason = nullptr);

    /// Lower case without separators: "Postal_Code" → "postalcode".
    static QString normalizedName(const QString &name);
};

} // namespace Flowsmith
