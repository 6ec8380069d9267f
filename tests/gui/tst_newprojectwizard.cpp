// File › New Project… and the welcome page's examples (issue 15 items 1, 2 and 6): the
// wizard's pages as a user fills them, each start it offers, what it refuses, and examples
// opened as the user's own copy, never in place.

#include "editors/shell/exampleprojects.h"
#include "editors/shell/mainwindow.h"
#include "editors/shell/newprojectwizard.h"
#include "editors/shell/welcomepage.h"
#include "model/vcs/repository.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;

namespace {

class TestWindow : public MainWindow
{
public:
    QStringList errors;
    QString examplesLocation; // what the "where do copies go" question answers
    int askedForLocation = 0;
    std::function<std::optional<QString>()> wizard;

protected:
    SaveChoice askToSave(const QStringList &) override { return SaveChoice::Discard; }
    void showError(const QString &, const QString &message) override { errors << message; }
    QString askExamplesLocation(const QString &) override
    {
        ++askedForLocation;
        return examplesLocation;
    }
    std::optional<QString> runNewProjectWizard() override
    {
        return wizard ? wizard() : std::nullopt;
    }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Test files written for these tests (tests/data/newproject/SOURCES.md): a flows.json with the
// credentials people leave in it, and an OpenAPI 3 description with German names.
QByteArray testFile(const char *name)
{
    QFile file(QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/newproject/")
               + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_NewProjectWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idFollowsTheName_data();
    void idFollowsTheName();
    void refusesWhatCannotWork();
    void createsAnEmptyProject();
    void createsFromATemplate();
    void nodeRedCredentialsPage();
    void apiEntriesPage();
    void brokenApiStaysOnThePage();
    void newProjectActionOpensTheProject();
    void examplesAreCopiedNeverEditedInPlace();

private:
    QTemporaryDir m_settings;
};

void tst_NewProjectWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlowsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_newprojectwizard"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
}

void tst_NewProjectWizard::idFollowsTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addRow("plain") << "Order to cash"
                           << "order-to-cash";
    QTest::addRow("arrow and punctuation") << "Bestellung → Rechnung!"
                                           << "bestellung-rechnung";
    QTest::addRow("no-break space") << "Order\u00a0sync"
                                    << "order-sync";
}

void tst_NewProjectWizard::idFollowsTheName()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QTemporaryDir location;
    NewProjectWizard wizard(location.path(), {});
    wizard.nameEdit()->setText(name);
    QCOMPARE(wizard.idEdit()->text(), id);
    QVERIFY(wizard.folderLabel()->text().contains(wizard.idEdit()->text()));
    // Once the user types an id, the name no longer changes it.
    wizard.idEdit()->setText(QStringLiteral("mine"));
    emit wizard.idEdit()->textEdited(QStringLiteral("mine"));
    wizard.nameEdit()->setText(name + QStringLiteral(" 2"));
    QCOMPARE(wizard.idEdit()->text(), QStringLiteral("mine"));
}

void tst_NewProjectWizard::refusesWhatCannotWork()
{
    QTemporaryDir location;
    NewProjectWizard wizard(location.path(), {});
    QVERIFY(!wizard.errorLabel()->text().isEmpty()); // no name yet
    QVERIFY(!wizard.page(NewProjectWizard::StartPage)->isComplete());

    // A folder that holds something already.
    QVERIFY(writeFile(location.filePath(QStringLiteral("busy/notes.txt")), "mine\n"));
    wizard.nameEdit()->setText(QStringLiteral("Busy"));
    QVERIFY2(!wizard.errorLabel()->text().isEmpty(), "a non-empty folder is refused");
    QVERIFY(!wizard.page(NewProjectWizard::StartPage)->isComplete());

    // A start that needs a file, without one, then with one that does not exist.
    wizard.nameEdit()->setText(QStringLiteral("Fresh"));
    QVERIFY2(wizard.errorLabel()->text().isEmpty(), qPrintable(wizard.errorLabel()->text()));
    wizard.startButton(ProjectStart::NodeRed)->setChecked(true);
    QVERIFY(!wizard.page(NewProjectWizard::StartPage)->isComplete());
    wizard.sourceEdit()->setText(location.filePath(QStringLiteral("missing.json")));
    QVERIFY(wizard.errorLabel()->text().contains(QStringLiteral("missing.json")));
    QVERIFY(!QFileInfo::exists(location.filePath(QStringLiteral("fresh"))));
    // Nothing touched the busy folder.
    QCOMPARE(QDir(location.filePath(QStringLiteral("busy"))).entryList(QDir::Files),
             QStringList { QStringLiteral("notes.txt") });
}

void tst_NewProjectWizard::createsAnEmptyProject()
{
    QTemporaryDir location;
    NewProjectWizard wizard(location.path(), {});
    wizard.nameEdit()->setText(QStringLiteral("Kundendaten"));
    QVERIFY(wizard.page(NewProjectWizard::StartPage)->isComplete());
    QCOMPARE(wizard.page(NewProjectWizard::StartPage)->nextId(), -1); // Finish on this page
    QVERIFY2(wizard.createProject(), qPrintable(wizard.errorLabel()->text()));
    const QString folder = location.filePath(QStringLiteral("kundendaten"));
    QVERIFY(wizard.result());
    QCOMPARE(QFileInfo(wizard.result()->folder).canonicalFilePath(),
             QFileInfo(folder).canonicalFilePath());
    QVERIFY(QFileInfo(folder + QStringLiteral("/flowsmith.yaml")).isFile());
    QVERIFY(QFileInfo(folder + QStringLiteral("/.git")).isDir());
    QFile attributes(folder + QStringLiteral("/.gitattributes"));
    QVERIFY(attributes.open(QIODevice::ReadOnly));
    QVERIFY(attributes.readAll().contains("merge=flowsmith"));
    FileError error;
    const std::optional<Project> project = Project::open(folder, &error);
    QVERIFY2(project, qPrintable(error.toString()));
    QCOMPARE(project->manifest().name, QStringLiteral("Kundendaten"));
}

void tst_NewProjectWizard::createsFromATemplate()
{
    const QStringList templates = ExampleProjects::all();
    QVERIFY(!templates.isEmpty());
    QTemporaryDir location;
    NewProjectWizard wizard(location.path(), templates);
    wizard.nameEdit()->setText(QStringLiteral("Mein Shop"));
    wizard.templateBox()->setCurrentIndex(
        wizard.templateBox()->findText(QStringLiteral("retail-order-to-cash")));
    wizard.startButton(ProjectStart::Template)->setChecked(true);
    QCOMPARE(wizard.request().source, ExampleProjects::retailOrderToCash());
    QVERIFY2(wizard.createProject(), qPrintable(wizard.errorLabel()->text()));
    const QString folder = wizard.result()->folder;
    QVERIFY(QDir(folder + QStringLiteral("/flows")).entryList(QDir::Files).size() >= 3);
    FileError error;
    const std::optional<Project> project = Project::open(folder, &error);
    QVERIFY2(project, qPrintable(error.toString()));
    QCOMPARE(project->manifest().name, QStringLiteral("Mein Shop"));
}

void tst_NewProjectWizard::nodeRedCredentialsPage()
{
    QTemporaryDir location;
    const QString flows = location.filePath(QStringLiteral("input/flows.json"));
    QVERIFY(writeFile(flows, testFile("wizard-credentials-flows.json")));
    NewProjectWizard wizard(location.path(), {});
    wizard.nameEdit()->setText(QStringLiteral("Aus Node-RED"));
    wizard.startButton(ProjectStart::NodeRed)->setChecked(true);
    wizard.sourceEdit()->setText(flows);
    QVERIFY2(wizard.page(NewProjectWizard::StartPage)->isComplete(),
             qPrintable(wizard.errorLabel()->text()));
    QCOMPARE(wizard.page(NewProjectWizard::StartPage)->nextId(),
             int(NewProjectWizard::CredentialsPage));
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewProjectWizard::CredentialsPage));
    QTableWidget *table = wizard.credentialTable();
    // The password in the URL and the Authorization header, both of node req1, line 6 and 7.
    QVERIFY2(table->rowCount() >= 2,
             qPrintable(wizard.pageError(NewProjectWizard::CredentialsPage)->text()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(table->item(row, NewProjectWizard::NodeColumn)->text().contains(u"ERP anlegen"));
        QVERIFY(table->item(row, NewProjectWizard::LineColumn)->text().toInt() > 1);
    }
    table->item(0, NewProjectWizard::ReferenceColumn)->setText(QStringLiteral("erp-login"));
    QVERIFY(wizard.request().secretRefs.values().contains(QStringLiteral("erp-login")));
    QVERIFY2(wizard.createProject(),
             qPrintable(wizard.pageError(NewProjectWizard::CredentialsPage)->text()));
    // No secret reached the project: neither the password nor the encoded header.
    const QString folder = wizard.result()->folder;
    for (const QString &file : wizard.result()->files) {
        QFile f(QDir(folder).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("S3cret"), qPrintable(file));
        QVERIFY2(!bytes.contains("aW50ZWdyYXRpb246UzNjcmV0IQ"), qPrintable(file));
    }
    QVERIFY(!wizard.result()->warnings.isEmpty());
}

void tst_NewProjectWizard::apiEntriesPage()
{
    QTemporaryDir location;
    const QString api = location.filePath(QStringLiteral("input/orders.yaml"));
    QVERIFY(writeFile(api, testFile("wizard-orders-openapi.yaml")));
    NewProjectWizard wizard(location.path(), {});
    wizard.nameEdit()->setText(QStringLiteral("Aufträge"));
    wizard.startButton(ProjectStart::OpenApi)->setChecked(true);
    wizard.sourceEdit()->setText(api);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewProjectWizard::EntriesPage));
    QListWidget *list = wizard.entryList();
    QCOMPARE(list->count(), 2);
    int orders = -1;
    for (int row = 0; row < list->count(); ++row) {
        QCOMPARE(list->item(row)->checkState(), Qt::Checked);
        if (list->item(row)->text().contains(QStringLiteral("/orders")))
            orders = row;
    }
    QVERIFY(orders >= 0);
    list->item(1 - orders)->setCheckState(Qt::Unchecked); // only the order operation
    QCOMPARE(wizard.request().entries.size(), 1);
    QVERIFY2(wizard.createProject(),
             qPrintable(wizard.pageError(NewProjectWizard::EntriesPage)->text()));
    const QString folder = wizard.result()->folder;
    QCOMPARE(QDir(folder + QStringLiteral("/flows")).entryList({ "*.flow.yaml" }).size(), 1);
    QVERIFY(!QDir(folder + QStringLiteral("/schemas")).entryList({ "*.schema.json" }).isEmpty());
}

void tst_NewProjectWizard::brokenApiStaysOnThePage()
{
    QTemporaryDir location;
    const QString api = location.filePath(QStringLiteral("input/broken.yaml"));
    QVERIFY(writeFile(api,
                      "openapi: 3.0.3\ninfo: { title: Broken, version: \"1\" }\npaths:\n"
                      "  /pets:\n    post:\n      requestBody:\n        content:\n"
                      "          application/json:\n"
                      "            schema: { $ref: \"#/components/schemas/Nowhere\" }\n"));
    NewProjectWizard wizard(location.path(), {});
    wizard.nameEdit()->setText(QStringLiteral("Kaputt"));
    wizard.startButton(ProjectStart::OpenApi)->setChecked(true);
    wizard.sourceEdit()->setText(api);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewProjectWizard::EntriesPage));
    const bool listed = wizard.page(NewProjectWizard::EntriesPage)->isComplete();
    if (listed) // the entries could be listed; creating must fail on the broken $ref
        QVERIFY(!wizard.createProject());
    QVERIFY(wizard.pageError(NewProjectWizard::EntriesPage)
                ->text()
                .contains(QStringLiteral("broken.yaml")));
    QVERIFY(!wizard.result());
    // Nothing half-created: no project folder, no staging folder.
    QCOMPARE(
        QDir(location.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList { QStringLiteral("input") });
}

void tst_NewProjectWizard::newProjectActionOpensTheProject()
{
    QTemporaryDir location;
    TestWindow window;
    QString created;
    window.wizard = [&]() -> std::optional<QString> {
        NewProjectWizard wizard(location.path(), {}, &window);
        wizard.nameEdit()->setText(QStringLiteral("Erstes Projekt"));
        if (!wizard.createProject())
            return std::nullopt;
        created = wizard.result()->folder;
        return created;
    };
    window.show();
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionNewProject"));
    QVERIFY(action);
    QVERIFY(window.fileMenu()->actions().contains(action));
    emit window.welcomePage()->newProjectButton()->clicked();
    QVERIFY2(window.project(), qPrintable(window.errors.join(u'\n')));
    QCOMPARE(QFileInfo(window.project()->folder()).canonicalFilePath(),
             QFileInfo(created).canonicalFilePath());
}

void tst_NewProjectWizard::examplesAreCopiedNeverEditedInPlace()
{
    const QString example = ExampleProjects::retailOrderToCash();
    QVERIFY(!example.isEmpty());
    const QStringList before
        = QDir(example).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QTemporaryDir copies;
    QSettings().remove(QStringLiteral("examples/copyLocation"));
    TestWindow window;
    window.examplesLocation = copies.path();
    window.show();

    // The first time, the studio asks where copies go; then it remembers.
    QVERIFY2(window.openExampleCopy(example), qPrintable(window.errors.join(u'\n')));
    QCOMPARE(window.askedForLocation, 1);
    const QString first = copies.filePath(QStringLiteral("retail-order-to-cash"));
    QCOMPARE(QFileInfo(window.project()->folder()).canonicalFilePath(),
             QFileInfo(first).canonicalFilePath());
    QVERIFY2(window.openExampleCopy(example), qPrintable(window.errors.join(u'\n')));
    QCOMPARE(window.askedForLocation, 1);
    const QString second = copies.filePath(QStringLiteral("retail-order-to-cash-2"));
    QCOMPARE(QFileInfo(window.project()->folder()).canonicalFilePath(),
             QFileInfo(second).canonicalFilePath());

    // Each copy is its own repository with one initial commit and nothing left to commit.
    for (const QString &folder : { first, second }) {
        QString error;
        std::optional<Repository> repository = Repository::open(folder, &error);
        QVERIFY2(repository, qPrintable(error));
        QCOMPARE(QFileInfo(repository->workDir()).canonicalFilePath(),
                 QFileInfo(folder).canonicalFilePath());
        QCOMPARE(repository->history(10, &error).size(), 1);
        QVERIFY(repository->status().isEmpty());
    }
    // The bundled example is as it was: no .git written into it, nothing added.
    QCOMPARE(QDir(example).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             before);

    // Cancelling the question copies nothing.
    QSettings().remove(QStringLiteral("examples/copyLocation"));
    window.examplesLocation.clear();
    QVERIFY(!window.openExampleCopy(example));
    QCOMPARE(QDir(copies.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
}

QTEST_MAIN(tst_NewProjectWizard)
#include "tst_newprojectwizard.moc"
