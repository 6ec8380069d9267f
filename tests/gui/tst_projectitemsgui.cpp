// The explorer's project-level edits on a copy of the example, driven through the actions of
// its context menu as a user would: new flow, new mapping, rename a schema that mappings use,
// delete with the referrer list shown, and undo.
#include "editors/shell/documenteditor.h"
#include "editors/shell/mainwindow.h"
#include "editors/shell/newitemdialog.h"
#include "editors/shell/projectexplorer.h"
#include "editors/shell/projectitemactions.h"
#include "tests/common/clirunner.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Flowsmith;

namespace {

// Answers the next modal dialog with `answer` once it is up.
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProjectItemsGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createRenameDeleteUndo();
    void emptyGroupHintAndContextMenu();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    void select(const QString &relativePath)
    {
        QTreeWidgetItem *item = m_window->projectExplorer()->itemFor(relativePath);
        QVERIFY2(item, qPrintable(relativePath));
        m_window->projectExplorer()->tree()->setCurrentItem(item);
    }
    QString path(const QString &relativePath) const { return m_dir->filePath(relativePath); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestProjectItemsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(Test::copyTree(Test::exampleProject(), m_dir->path()));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    FileError error;
    QVERIFY2(m_window->openProject(m_dir->path(), &error), qPrintable(error.toString()));
}

void TestProjectItemsGui::cleanup()
{
    // Nothing is left modified, so closing asks nothing.
    m_window.reset();
    m_dir.reset();
}

void TestProjectItemsGui::createRenameDeleteUndo()
{
    // The same actions are in the File menu and in the explorer's context menu.
    for (const char *name :
         { "actionNewFlow", "actionNewMapping", "actionNewTestSuite", "actionAddSample",
           "actionRenameItem", "actionDuplicateItem", "actionDeleteItem" }) {
        QAction *a = action(name);
        QVERIFY2(a, name);
        QVERIFY2(m_window->fileMenu()->actions().contains(a), name);
    }
    QCOMPARE(action("actionRenameItem")->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(action("actionDeleteItem")->shortcut(), QKeySequence(QKeySequence::Delete));
    QUndoStack *stack = m_window->projectItems()->projectUndoStack();

    // New Flow…: the id follows the name; the flow opens.
    answerNextDialog([](QWidget *w) {
        auto *dialog = qobject_cast<NewItemDialog *>(w);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Refund sync"));
        QCOMPARE(dialog->id(), QStringLiteral("refund-sync"));
        dialog->accept();
    });
    action("actionNewFlow")->trigger();
    QVERIFY(QFileInfo::exists(path("flows/refund-sync.flow.yaml")));
    QTreeWidgetItem *flowItem
        = m_window->projectExplorer()->itemFor(QStringLiteral("flows/refund-sync.flow.yaml"));
    QVERIFY(flowItem);
    QCOMPARE(flowItem->text(0), QStringLiteral("Refund sync  (refund-sync)"));
    QCOMPARE(m_window->relativePath(m_window->currentEditor()),
             QStringLiteral("flows/refund-sync.flow.yaml"));

    // A taken id keeps OK disabled and says why.
    answerNextDialog([](QWidget *w) {
        auto *dialog = qobject_cast<NewItemDialog *>(w);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Order sync"));
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("already used")));
        dialog->reject();
    });
    action("actionNewFlow")->trigger();

    // New Mapping…: from the shop order to the CRM contact.
    answerNextDialog([](QWidget *w) {
        auto *dialog = qobject_cast<NewItemDialog *>(w);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Order to contact"));
        auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceSchemaCombo"));
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("targetSchemaCombo"));
        source->setCurrentText(QStringLiteral("shop-order"));
        target->setCurrentText(QStringLiteral("crm-contact"));
        dialog->accept();
    });
    action("actionNewMapping")->trigger();
    const QString mapping = path("mappings/order-to-contact.map.yaml");
    QVERIFY(readFile(mapping).contains("source: shop-order"));
    QVERIFY(readFile(mapping).contains("target: crm-contact"));
    QCOMPARE(m_window->relativePath(m_window->currentEditor()),
             QStringLiteral("mappings/order-to-contact.map.yaml"));

    // Rename… a schema two mappings use: both now name the new id.
    const QByteArray fhirMapping = readFile(path("mappings/fhir-patient-to-crm-contact.map.yaml"));
    select(QStringLiteral("schemas/crm-contact.schema.json"));
    answerNextDialog([](QWidget *w) {
        auto *dialog = qobject_cast<NewItemDialog *>(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->id(), QStringLiteral("crm-contact"));
        dialog->idEdit()->setText(QStringLiteral("crm-person"));
        dialog->accept();
    });
    action("actionRenameItem")->trigger();
    QVERIFY(QFileInfo::exists(path("schemas/crm-person.schema.json")));
    QVERIFY(!QFileInfo::exists(path("schemas/crm-contact.schema.json")));
    QVERIFY(readFile(mapping).contains("target: crm-person"));
    QVERIFY(readFile(path("mappings/fhir-patient-to-crm-contact.map.yaml"))
                .contains("target: crm-person"));
    QVERIFY(m_window->projectExplorer()->itemFor(QStringLiteral("schemas/crm-person.schema.json")));

    // Delete… shows who still refers to the schema; Cancel keeps it.
    const QByteArray shopOrder = readFile(path("schemas/shop-order.schema.json"));
    QString shown;
    auto answerDelete = [&shown](bool confirm) {
        answerNextDialog([&shown, confirm](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            shown = box->informativeText();
            for (QAbstractButton *button : box->buttons()) {
                const bool isCancel = box->buttonRole(button) == QMessageBox::RejectRole;
                if (isCancel != confirm) {
                    button->click();
                    return;
                }
            }
        });
    };
    select(QStringLiteral("schemas/shop-order.schema.json"));
    answerDelete(false);
    action("actionDeleteItem")->trigger();
    QVERIFY2(shown.contains(QStringLiteral("mappings/order-to-contact.map.yaml")),
             qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("mappings/shop-order-to-erp.map.yaml")));
    QVERIFY(shown.contains(QStringLiteral("flows/order-sync.flow.yaml:")));
    QVERIFY(QFileInfo::exists(path("schemas/shop-order.schema.json")));
    QCOMPARE(stack->count(), 3);

    select(QStringLiteral("schemas/shop-order.schema.json"));
    answerDelete(true);
    action("actionDeleteItem")->trigger();
    QVERIFY(!QFileInfo::exists(path("schemas/shop-order.schema.json")));
    QVERIFY(
        !m_window->projectExplorer()->itemFor(QStringLiteral("schemas/shop-order.schema.json")));

    // Edit › "Undo Delete schema shop-order", then the rename: the exact bytes come back.
    QAction *undo = action("actionUndoProjectChange");
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("shop-order")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(readFile(path("schemas/shop-order.schema.json")), shopOrder);
    QVERIFY(m_window->projectExplorer()->itemFor(QStringLiteral("schemas/shop-order.schema.json")));
    QVERIFY(undo->text().contains(QStringLiteral("crm-person")));
    undo->trigger();
    QVERIFY(QFileInfo::exists(path("schemas/crm-contact.schema.json")));
    QVERIFY(!QFileInfo::exists(path("schemas/crm-person.schema.json")));
    QCOMPARE(readFile(path("mappings/fhir-patient-to-crm-contact.map.yaml")), fhirMapping);
    QVERIFY(readFile(mapping).contains("target: crm-contact"));

    // With the explorer focused, Edit › Undo is the project's undo too.
    m_window->activateWindow();
    m_window->projectExplorer()->tree()->setFocus();
    QTRY_COMPARE(m_window->undoGroup()->activeStack(), stack);
    action("actionUndo")->trigger();
    QVERIFY(!QFileInfo::exists(mapping));
    // The mapper that showed it is closed, not left on a file that is gone.
    for (DocumentEditor *editor : m_window->editors())
        QVERIFY(m_window->relativePath(editor)
                != QStringLiteral("mappings/order-to-contact.map.yaml"));
}

void TestProjectItemsGui::emptyGroupHintAndContextMenu()
{
    ProjectExplorer *explorer = m_window->projectExplorer();
    // The context menu offers every project edit, Import Schema… among them.
    QStringList names;
    for (QAction *a : explorer->itemActions())
        if (a)
            names << a->objectName();
    for (const char *name :
         { "actionNewFlow", "actionNewMapping", "actionNewTestSuite", "actionAddSample",
           "actionImportSchema", "actionRenameItem", "actionDuplicateItem", "actionDeleteItem" })
        QVERIFY2(names.contains(QLatin1String(name)), name);

    // A group with nothing in it says how to start, and the hint does it.
    for (const QString &suite : QDir(path("tests")).entryList(QDir::Files))
        QVERIFY(QFile::remove(path("tests/") + suite));
    explorer->rescan();
    QTreeWidgetItem *hint = nullptr;
    for (int i = 0; i < explorer->tree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = explorer->tree()->topLevelItem(i);
        if (group->data(0, ProjectExplorer::KindRole).toInt() == int(ProjectFileKind::TestSuite)
            && group->childCount() == 1)
            hint = group->child(0);
    }
    QVERIFY(hint);
    QVERIFY(hint->data(0, ProjectExplorer::HintRole).toBool());
    QCOMPARE(hint->text(0), QStringLiteral("New Test Suite…"));
    answerNextDialog([](QWidget *w) {
        auto *dialog = qobject_cast<QInputDialog *>(w);
        QVERIFY(dialog);
        QVERIFY(dialog->comboBoxItems().contains(QStringLiteral("order-sync")));
        dialog->setTextValue(QStringLiteral("order-sync"));
        dialog->accept();
    });
    emit explorer->tree()->itemActivated(hint, 0);
    const QByteArray suite = readFile(path("tests/order-sync.test.yaml"));
    QVERIFY2(suite.contains("flow: order-sync"), suite.constData());
    QVERIFY(explorer->itemFor(QStringLiteral("tests/order-sync.test.yaml")));
    QCOMPARE(m_window->relativePath(m_window->currentEditor()),
             QStringLiteral("tests/order-sync.test.yaml"));
}

QTEST_MAIN(TestProjectItemsGui)
#include "tst_projectitemsgui.moc"
