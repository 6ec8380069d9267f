#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Flowsmith {
class Flow;
}

namespace Flowsmith::Sim {

/// How well one sample file of the project fits a schema: records read and how many of them
/// break it. `error` is set instead when the file does not read (a syntax error, with its place).
struct SampleFit
{
    QString sample; ///< project-relative, e.g. "samples/orders.json"
    int records = 0; ///< records checked (at most SampleFitter's limit)
    int mismatches = 0; ///< records that do not validate
    QString error;

    bool fits() const { return error.isEmpty() && records > 0 && mismatches == 0; }
    /// "samples/contacts.csv — 12 of 12 records do not match", "… all 5 records match".
    QString describe() const;
};

/// Proposes the samples that fit a source (issue 15 item 5): every samples/*.json, *.ndjson and
/// *.csv checked against a schema the way quality.validate checks it, best first. The schema is
/// the one on the flow's first quality.validate node, or the mapping's source schema in the
/// mapper. Used by the simulation panel's and the mapper preview's sample choosers.
class SampleFitter
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Sim::SampleFitter)

public:
    /// Only so many records of each sample are checked: a chooser must stay quick on a
    /// million-line NDJSON file, and the first thousand records tell whether it fits.
    static constexpr int DefaultRecordLimit = 1000;

    explicit SampleFitter(const QString &projectFolder);

    /// The schema a flow's source takes: that of its first quality.validate node (in file
    /// order), else the source schema of the mapping on its first transform.map node; empty
    /// when the flow has neither.
    QString schemaOf(const Flow &flow) const;

    /// The project's sample files (project-relative, sorted by name).
    QStringList samples() const;

    /// Every sample against schemas/<schemaId>.schema.json, best first: fitting samples, then
    /// by the share of records that do not match, then by name; unreadable samples last. With
    /// an empty or unusable schema, the samples by name (nothing to rank by) and `error` says why.
    QList<SampleFit> rank(const QString &schemaId, QString *error = nullptr,
                          int recordLimit = DefaultRecordLimit) const;

private:
    QString m_folder;
};

} // namespace Flowsmith::Sim
