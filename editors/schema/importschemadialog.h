#pragma once

#include "model/schemaimport/schemaimportjob.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Flowsmith {

/// File › Import Schema…: picks a JSON Schema, OpenAPI or AsyncAPI document or a sample,
/// shows the kind it was read as (the user may change it), lets the user tick the components
/// of an API document, shows the field tree each will have, and names the id of each (checked
/// as typed; an existing schema needs the "Replace" tick). Import writes the files at once
/// through SchemaImportJob, the code flowsmith-cli import-schema runs; the dialog says so,
/// since Undo does not take files back.
class ImportSchemaDialog : public QDialog
{
    Q_OBJECT

public:
    enum ComponentColumn { NameColumn, IdColumn };

    explicit ImportSchemaDialog(const QString &projectFolder, QWidget *parent = nullptr);
    ~ImportSchemaDialog() override;

    /// Reads `path` and tells its kind, as when the user types it and presses Enter.
    void setFilePath(const QString &path);
    /// Reads the file again as `kind`.
    void setKind(SchemaImportJob::Kind kind);
    std::optional<SchemaImportJob::Kind> kind() const;

    /// Ticks the component (of an OpenAPI or AsyncAPI document) and shows its fields.
    bool setComponentChecked(const QString &component, bool checked);
    /// Shows a component's fields and its id in the id field.
    void showComponent(const QString &component);
    /// What Import writes: the chosen components and their ids.
    QList<SchemaImportJob::Entry> entries() const;
    QStringList writtenFiles() const { return m_written; }
    bool canImport() const;

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *kindBox() const { return m_kind; }
    QTreeWidget *componentList() const { return m_components; }
    QTreeWidget *fieldTree() const { return m_fields; }
    QLineEdit *idEdit() const { return m_id; }
    QCheckBox *replaceBox() const { return m_replace; }
    QPushButton *importButton() const { return m_import; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }

    /// Writes the schemas; on failure the dialog stays open and shows why.
    void accept() override;

signals:
    /// The files were written (project-relative paths); the project lists them now.
    void schemasWritten(const QStringList &relativePaths);

private:
    void browse();
    void load(std::optional<SchemaImportJob::Kind> kind);
    void fillComponents();
    void setId(const QString &id);
    void updateState();
    QString currentComponent() const;
    QTreeWidgetItem *componentItem(const QString &component) const;
    void showError(const QString &message);

    QString m_folder;
    std::unique_ptr<SchemaImportJob> m_job;
    QHash<QString, QString> m_ids; ///< component → id
    QHash<QString, QString> m_buildErrors; ///< component → why it does not build
    QString m_shown; ///< the component whose fields the tree shows
    QString m_loadedPath; ///< the file field's text when last read
    QStringList m_written;
    bool m_filling = false;

    QLineEdit *m_file;
    QComboBox *m_kind;
    QLabel *m_kindNote;
    QLabel *m_error;
    QWidget *m_componentBox;
    QTreeWidget *m_components;
    QLabel *m_fieldsTitle;
    QTreeWidget *m_fields;
    QLineEdit *m_id;
    QLabel *m_target;
    QCheckBox *m_replace;
    QLabel *m_status;
    QPushButton *m_import;
};

} // namespace Flowsmith
