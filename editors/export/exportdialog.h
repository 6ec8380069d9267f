#pragma once

#include "editors/export/exportjob.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Flowsmith {

/// The studio's Export dialog: a target from the FlowFormats registry (the same as
/// `flowsmith-cli export --target`), an output folder (the project's dist/ by default), the
/// files the export would write with a diff against what the folder holds now, a portability
/// report of the problems that name their node, progress and errors. Generation runs off the
/// GUI thread and can be cancelled; nothing is written until Export is pressed.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &projectFolder, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString target() const;
    void setTarget(const QString &formatId);
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
    /// The last finished preview (empty files while one is being built).
    const ExportPreview &preview() const { return m_preview; }
    bool isBusy() const;

public slots:
    /// Builds the preview again (after the target or folder changed, or the project did).
    void refresh();
    /// Stops the preview being built.
    void cancel();
    /// Writes the previewed files; returns false and shows why when it cannot.
    bool exportFiles();

signals:
    void previewReady();
    void exported(const QStringList &relativePaths);

private:
    void previewFinished();
    void showFile();
    void showProblems();
    void setStatus(const QString &text, bool error = false);

    QString m_projectFolder;
    ExportPreview m_preview;
    QFutureWatcher<ExportPreview> m_watcher;
    bool m_refreshPending = false;
    QString m_note; ///< said before the next preview's summary ("Wrote 3 files")

    QComboBox *m_target = nullptr;
    QLineEdit *m_output = nullptr;
    QTreeWidget *m_files = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QTreeWidget *m_report = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Flowsmith
