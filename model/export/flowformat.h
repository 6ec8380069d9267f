#pragma once

#include "model/export/exportinput.h"
#include "model/export/exportproblem.h"

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace Flowsmith {

/// One file an exporter produces, relative to the output folder ("nodered/flows.json").
struct ExportedFile
{
    QString relativePath;
    QByteArray contents;
};

/// What an importer read: flows to add to a project, and the systems that the addresses it
/// found became (sinks and sources name systems, design §3).
struct ImportedFlows
{
    QList<Flow> flows;
    QList<SystemInfo> systems;
};

/// A runtime format the studio exports to or imports from (Tiled's MapFormat). Formats live in
/// the FlowFormats registry, which the CLI, the studio and the tests all read.
class FlowFormat
{
public:
    enum Capability { NoCapability = 0x0, Read = 0x1, Write = 0x2 };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    virtual ~FlowFormat();

    virtual QString id() const = 0; ///< as given to `--target`, "nodered"
    virtual QString name() const = 0; ///< translated, for menus
    virtual Capabilities capabilities() const = 0;

    /// Builds the files without writing them (the export preview). Problems are in problems();
    /// with any error the returned files are incomplete and must not be written.
    virtual QList<ExportedFile> generate(const ExportInput &input) = 0;

    /// Generates and writes the files below `outDir`, each atomically. Returns the paths written
    /// (relative to `outDir`); on any error writes nothing and returns an empty list.
    QStringList write(const ExportInput &input, const QString &outDir);

    /// Reads a runtime's file into project flows (formats with the Read capability). Problems,
    /// such as credentials that must become secret references, are in problems(); with any
    /// error the result must not be used. The default reads nothing and reports an error.
    virtual ImportedFlows read(const QString &filePath);

    /// The problems of the last generate(), write() or read().
    const QList<ExportProblem> &problems() const { return m_problems; }
    bool hasErrors() const;
    /// All errors of the last run, one per line.
    QString errorString() const;

protected:
    void clearProblems() { m_problems.clear(); }
    void addProblem(ExportProblem problem) { m_problems.append(std::move(problem)); }

private:
    QList<ExportProblem> m_problems;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FlowFormat::Capabilities)

} // namespace Flowsmith
