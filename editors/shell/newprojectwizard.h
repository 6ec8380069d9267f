#pragma once

#include "model/project/newproject.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace Flowsmith {

/// File › New Project…: name, id and folder, and what the project starts from (empty, a
/// template, a Node-RED flows.json, an OpenAPI or AsyncAPI description). A flows.json adds a
/// page that maps each credential found to a secret reference; an API description adds a page
/// to tick the operations or channels that become flow skeletons. Finish creates the project
/// through NewProject::create, the code `flowsmith-cli new` runs; a failure stays on the page
/// with its message and leaves no folder behind.
class NewProjectWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StartPage, CredentialsPage, EntriesPage };
    enum CredentialColumn { NodeColumn, LineColumn, WhatColumn, ReferenceColumn };

    /// `location` is the folder the project folder goes into; `templates` the example
    /// folders offered as templates.
    NewProjectWizard(const QString &location, const QStringList &templates,
                     QWidget *parent = nullptr);

    /// What Finish creates, as the pages now say.
    NewProjectRequest request() const;
    /// After a successful Finish: what was created.
    std::optional<NewProjectResult> result() const { return m_result; }

    // For tests and for the pages.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *locationEdit() const { return m_location; }
    QLabel *folderLabel() const { return m_folder; }
    QLabel *errorLabel() const { return m_error; }
    QRadioButton *startButton(ProjectStart start) const;
    QComboBox *templateBox() const { return m_template; }
    QLineEdit *sourceEdit() const { return m_source; }
    QTableWidget *credentialTable() const { return m_credentials; }
    QListWidget *entryList() const { return m_entries; }
    QLabel *pageError(PageId page) const;

    ProjectStart start() const;
    /// Creates the project (what Finish does); false with the message shown when it fails.
    bool createProject();

private:
    class StartWizardPage;
    class LoadingWizardPage;

    QString projectFolder() const;
    void updateStartPage();
    bool loadCredentials();
    bool loadEntries();

    QLineEdit *m_name;
    QLineEdit *m_id;
    bool m_idEdited = false;
    QLineEdit *m_location;
    QLabel *m_folder;
    QLabel *m_error;
    QButtonGroup *m_starts;
    QComboBox *m_template;
    QLineEdit *m_source;
    QTableWidget *m_credentials;
    QLabel *m_credentialsError;
    QListWidget *m_entries;
    QLabel *m_entriesError;
    QList<FoundCredential> m_found;
    QList<ApiEntry> m_apiEntries;
    QString m_loadedCredentials; // the file m_found came from
    QString m_loadedEntries;
    std::optional<NewProjectResult> m_result;
};

} // namespace Flowsmith
