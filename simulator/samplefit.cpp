#include "simulator/samplefit.h"

#include "model/core/flow.h"
#include "model/core/mapping.h"
#include "model/core/project.h"
#include "model/schema/schemavalidator.h"
#include "simulator/projectresources.h"
#include "simulator/samplereader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Flowsmith::Sim {

QString SampleFit::describe() const
{
    const QString name = QFileInfo(sample).fileName();
    if (!error.isEmpty())
        return SampleFitter::tr("%1 — does not read: %2").arg(name, error);
    if (records == 0)
        return SampleFitter::tr("%1 — holds no records").arg(name);
    if (mismatches == 0)
        return SampleFitter::tr("%1 — all %2 records match").arg(name).arg(records);
    return SampleFitter::tr("%1 — %2 of %3 records do not match")
        .arg(name)
        .arg(mismatches)
        .arg(records);
}

SampleFitter::SampleFitter(const QString &projectFolder)
    : m_folder(projectFolder)
{ }

QString SampleFitter::schemaOf(const Flow &flow) const
{
    for (const FlowNode &node : flow.nodes)
        if (node.type == QLatin1String("quality.validate"))
            return node.config.value(QStringLiteral("schema")).toString();
    for (const FlowNode &node : flow.nodes) {
        if (node.type != QLatin1String("transform.map"))
            continue;
        const QString id = node.config.value(QStringLiteral("mapping")).toString();
        FileError error;
        const auto mapping = Mapping::load(
            QDir(m_folder).filePath(Project::pathFor(ProjectFileKind::Mapping, id)), &error);
        return mapping ? mapping->source : QString();
    }
    return {};
}

QStringList SampleFitter::samples() const
{
    QStringList result;
    const QDir dir(QDir(m_folder).filePath(QStringLiteral("samples")));
    const QStringList names = dir.entryList(
        { QStringLiteral("*.json"), QStringLiteral("*.ndjson"), QStringLiteral("*.csv") },
        QDir::Files, QDir::Name);
    for (const QString &name : names)
        result.append(QStringLiteral("samples/") + name);
    return result;
}

QList<SampleFit> SampleFitter::rank(const QString &schemaId, QString *error, int recordLimit) const
{
    QList<SampleFit> fits;
    std::shared_ptr<const SchemaValidator> validator;
    QString schemaError;
    if (schemaId.isEmpty()) {
        schemaError = tr("no schema to check the samples against");
    } else {
        ProjectResources resources(m_folder);
        validator = resources.schema(schemaId, &schemaError);
    }
    if (error)
        *error = validator ? QString() : schemaError;

    for (const QString &sample : samples()) {
        SampleFit fit;
        fit.sample = sample;
        if (validator) {
            SampleReader reader;
            FileError readError;
            if (reader.open(QDir(m_folder).filePath(sample), &readError)) {
                Message message;
                while (fit.records < recordLimit && reader.next(message, &readError)) {
                    ++fit.records;
                    if (!validator->validate(message.body).isEmpty())
                        ++fit.mismatches;
                }
            }
            if (!readError.code.isEmpty())
                fit.error = readError.toString();
        }
        fits.append(fit);
    }
    if (!validator)
        return fits;

    // Best first: readable before unreadable, then the smaller share of mismatches (a sample
    // with no records is no better than one that does not match), then the name.
    auto share = [](const SampleFit &fit) {
        return fit.records == 0 ? 2.0 : double(fit.mismatches) / double(fit.records);
    };
    std::stable_sort(fits.begin(), fits.end(), [&](const SampleFit &a, const SampleFit &b) {
        if (a.error.isEmpty() != b.error.isEmpty())
            return a.error.isEmpty();
        if (share(a) != share(b))
            return share(a) < share(b);
        return a.sample < b.sample;
    });
    return fits;
}

} // namespace Flowsmith::Sim
