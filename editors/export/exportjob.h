#pragma once

#include "model/export/exportproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

namespace Flowsmith {

/// One file of an export preview, compared with what the output folder holds now.
struct ExportPreviewFile
{
    enum Status { New, Changed, Unchanged };

    QString relativePath; ///< below the output folder, "camel/order-sync.camel.yaml"
    QByteArray contents;
    QByteArray current; ///< the file in the output folder now (empty when new)
    Status status = New;
};

/// What an export would write, built off the GUI thread.
struct ExportPreview
{
    QString formatId;
    QString outputFolder;
    QList<ExportPreviewFile> files;
    QList<ExportProblem> problems; ///< loading and generation problems, errors first
    bool hasErrors() const;
};

/// Builds export previews in a worker thread, through the same FlowFormats registry as
/// `flowsmith-cli export`: loads the project, compiles its mappings, generates the files and
/// compares them with the output folder, reporting progress and stopping between steps when
/// the future is cancelled.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::ExportJob)

public:
    static QFuture<ExportPreview> start(const QString &projectFolder, const QString &formatId,
                                        const QString &outputFolder);

    /// Writes the preview's new and changed files, each atomically. Returns an empty string
    /// or the error.
    static QString write(const ExportPreview &preview);
};

} // namespace Flowsmith
