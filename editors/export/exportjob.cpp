#include "editors/export/exportjob.h"

#include "model/core/project.h"
#include "model/export/flowformats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith", text);
}

// Registry formats keep the problems of their last run: one preview at a time.
QMutex formatLock;

void build(QPromise<ExportPreview> &promise, const QString &projectFolder, const QString &formatId,
           const QString &outputFolder)
{
    ExportPreview preview;
    preview.formatId = formatId;
    preview.outputFolder = outputFolder;
    promise.setProgressRange(0, 4);
    auto step = [&promise](int value, const QString &text) {
        promise.setProgressValueAndText(value, text);
        return !promise.isCanceled();
    };
    auto fail = [&](const QString &file, const QString &message) {
        preview.problems.append({ ExportProblem::Error, file, {}, {}, message });
        promise.addResult(preview);
    };

    if (!step(0, tr("Reading the project…")))
        return;
    FileError error;
    std::optional<Project> project = Project::open(projectFolder, &error);
    if (!project)
        return fail(error.file, error.message);

    if (!step(1, tr("Compiling the mappings…")))
        return;
    const ExportInput input = ExportInput::fromProject(*project, &preview.problems);

    if (!step(2, tr("Generating the files…")))
        return;
    QList<ExportedFile> files;
    {
        QMutexLocker locker(&formatLock);
        FlowFormat *format = FlowFormats::instance().format(formatId, FlowFormat::Write);
        if (!format)
            return fail({}, tr("unknown export target '%1'").arg(formatId));
        files = format->generate(input);
        preview.problems += format->problems();
    }

    if (!step(3, tr("Comparing with %1…").arg(QDir::toNativeSeparators(outputFolder))))
        return;
    for (const ExportedFile &file : std::as_const(files)) {
        ExportPreviewFile entry;
        entry.relativePath = file.relativePath;
        entry.contents = file.contents;
        QFile current(QDir(outputFolder).filePath(file.relativePath));
        if (current.open(QIODevice::ReadOnly)) {
            entry.current = current.readAll();
            entry.status = entry.current == entry.contents ? ExportPreviewFile::Unchanged
                                                           : ExportPreviewFile::Changed;
        }
        preview.files.append(entry);
    }
    std::stable_sort(preview.problems.begin(), preview.problems.end(),
                     [](const ExportProblem &a, const ExportProblem &b) {
                         return a.severity == ExportProblem::Error
                             && b.severity != ExportProblem::Error;
                     });
    step(4, tr("Ready"));
    promise.addResult(preview);
}

} // namespace

bool ExportPreview::hasErrors() const
{
    for (const ExportProblem &problem : problems)
        if (problem.severity == ExportProblem::Error)
            return true;
    return false;
}

QFuture<ExportPreview> ExportJob::start(const QString &projectFolder, const QString &formatId,
                                        const QString &outputFolder)
{
    return QtConcurrent::run(build, projectFolder, formatId, outputFolder);
}

QString ExportJob::write(const ExportPreview &preview)
{
    if (preview.hasErrors())
        return tr("the export has errors; nothing was written");
    for (const ExportPreviewFile &file : preview.files) {
        if (file.status == ExportPreviewFile::Unchanged)
            continue;
        const QString path = QDir(preview.outputFolder).filePath(file.relativePath);
        QSaveFile out(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !out.open(QIODevice::WriteOnly)
            || out.write(file.contents) != file.contents.size() || !out.commit())
            return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    }
    return {};
}

} // namespace Flowsmith
