#include "automapper.h"

#include "mappingcoverage.h"
#include "schematypes.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::AutoMapper", text);
}

// Groups of names that mean the same across systems, normalized.
const QList<QStringList> &synonymGroups()
{
    static const QList<QStringList> groups = {
        { "zip", "zipcode", "postalcode", "postcode", "plz" },
        { "firstname", "givenname", "given", "forename", "fname" },
        { "lastname", "surname", "familyname", "family", "lname" },
        { "email", "emailaddress", "mail" },
        { "phone", "phonenumber", "telephone", "tel", "mobile" },
        { "country", "countrycode", "nation" },
        { "city", "town", "locality" },
        { "street", "streetaddress", "addressline", "line" },
        { "id", "identifier", "key" },
        { "birthdate", "dateofbirth", "dob" },
        { "gender", "sex" },
        { "quantity", "qty", "amount" },
        { "createdat", "created", "creationdate" },
        { "updatedat", "updated", "lastupdated", "modified" },
        { "sku", "productid", "material", "articlenumber" },
        { "state", "region", "province" },
    };
    return groups;
}

int synonymGroup(const QString &normalized)
{
    const QList<QStringList> &groups = synonymGroups();
    for (int i = 0; i < groups.size(); ++i)
        if (groups.at(i).contains(normalized))
            return i;
    return -1;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool isContainer(const SchemaField &field)
{
    return field.isArray || !field.children.isEmpty();
}

} // namespace

MappingRule MappingSuggestion::rule() const
{
    MappingRule rule;
    rule.target = targetPath;
    rule.from = sourcePath;
    return rule;
}

QString AutoMapper::normalizedName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

double AutoMapper::nameSimilarity(const QString &a, const QString &b, QString *reason)
{
    const QString x = normalizedName(a);
    const QString y = normalizedName(b);
    auto say = [&](const QString &text) {
        if (reason)
            *reason = text;
    };
    if (x.isEmpty() || y.isEmpty())
        return 0;
    if (x == y) {
        say(tr("same name"));
        return 1.0;
    }
    const int group = synonymGroup(x);
    if (group >= 0 && group == synonymGroup(y)) {
        say(tr("synonym"));
        return 0.9;
    }
    const double distance = editDistance(x, y);
    const double similarity = 1.0 - distance / std::max(x.size(), y.size());
    say(tr("similar name"));
    return similarity * 0.89; // never as sure as a synonym
}

QList<MappingSuggestion> AutoMapper::suggest(const Mapping &mapping, const Schema &source,
                                             const Schema &target, double threshold)
{
    const MappingCoverage coverage = MappingCoverage::compute(mapping, target);
    // Fields a user would map one to one: not inside arrays (those belong to forEach rules).
    struct Candidate
    {
        QString path;
        const SchemaField *field;
    };
    std::function<void(const SchemaField &, const QString &, QList<Candidate> &)> walk;
    walk = [&](const SchemaField &field, const QString &prefix, QList<Candidate> &out) {
        for (const SchemaField &child : field.children) {
            const QString path = prefix + child.name;
            out.append({ path, &child });
            if (!child.isArray)
                walk(child, path + u'.', out);
        }
    };
    QList<Candidate> sources;
    QList<Candidate> targets;
    walk(source.root, QString(), sources);
    walk(target.root, QString(), targets);

    QList<MappingSuggestion> all;
    for (const Candidate &t : targets) {
        bool covered = coverage.mappedPaths.contains(t.path);
        for (const QString &written : coverage.mappedPaths)
            if (t.path.startsWith(written + u'.') || written.startsWith(t.path + u'.'))
                covered = true;
        if (covered || isContainer(*t.field))
            continue;
        MappingSuggestion best;
        for (const Candidate &s : sources) {
            if (isContainer(*s.field))
                continue;
            QString reason;
            double score = nameSimilarity(s.field->name, t.field->name, &reason);
            if (!SchemaTypes::typesCompatible(s.field->types, t.field->types))
                score -= 0.1; // still offered when the names agree: a conversion may fit
            // The same nesting counts: customer.email over contact.email for email.
            if (s.path.count(u'.') == t.path.count(u'.'))
                score += 0.01;
            if (score > best.score) {
                best = { t.path, s.path, std::min(score, 1.0), reason };
            }
        }
        if (best.score >= threshold)
            all.append(best);
    }
    std::stable_sort(
        all.begin(), all.end(),
        [](const MappingSuggestion &a, const MappingSuggestion &b) { return a.score > b.score; });
    return all;
}

} // namespace Flowsmith
