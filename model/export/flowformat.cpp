#include "model/export/flowformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Flowsmith {

FlowFormat::~FlowFormat() = default;

bool FlowFormat::hasErrors() const
{
    for (const ExportProblem &problem : m_problems)
        if (problem.severity == ExportProblem::Error)
            return true;
    return false;
}

QString FlowFormat::errorString() const
{
    QStringList lines;
    for (const ExportProblem &problem : m_problems)
        if (problem.severity == ExportProblem::Error)
            lines.append(problem.toString());
    return lines.join(u'\n');
}

ImportedFlows FlowFormat::read(const QString &filePath)
{
    clearProblems();
    addProblem({ ExportProblem::Error,
                 filePath,
                 {},
                 {},
                 QCoreApplication::translate("Flowsmith::FlowFormat", "%1 cannot be imported")
                     .arg(name()) });
    return {};
}

QStringList FlowFormat::write(const ExportInput &input, const QString &outDir)
{
    const QList<ExportedFile> files = generate(input);
    if (hasErrors())
        return {};
    QStringList written;
    for (const ExportedFile &file : files) {
        const QString path = QDir(outDir).filePath(file.relativePath);
        QSaveFile out(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !out.open(QIODevice::WriteOnly)
            || out.write(file.contents) != file.contents.size() || !out.commit()) {
            addProblem(
                { ExportProblem::Error,
                  path,
                  {},
                  {},
                  QCoreApplication::translate("Flowsmith::FlowFormat", "cannot write the file: %1")
                      .arg(out.errorString()) });
            return {};
        }
        written.append(file.relativePath);
    }
    return written;
}

} // namespace Flowsmith
