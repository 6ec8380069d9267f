// The tags dialog on a real repository, driven like a user: type a name (and a message), press
// Create, select a tag, press Delete and confirm; the git command line agrees each time.
// FLOWSMITH_SCREENSHOT_DIR=dir saves what the dialog looks like.

#include "tests/conformance/git/gittesthelpers.h"

#include "editors/vcs/tagsdialog.h"
#include "model/vcs/repository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

namespace {

QTreeWidgetItem *tagItem(TagsDialog &dialog, const QString &name)
{
    const QList<QTreeWidgetItem *> found = dialog.tagTree()->findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestTagsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndDeleteTags();

private:
    QTemporaryDir m_dir;
};

void TestTagsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateHome(m_dir.filePath("home"));
}

void TestTagsDialog::createAndDeleteTags()
{
    const QString work = m_dir.filePath("work");
    QString error;
    std::optional<Repository> repository = Repository::init(work, &error);
    QVERIFY(repository);
    QVERIFY(copyTree(examplePath(), work));
    QVERIFY(repository->setIdentity({ "Ada", "ada@example.com" }, &error));
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit("Add the example", &error));
    const QString head = repository->resolve("HEAD");

    TagsDialog dialog(&*repository);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.tagTree()->topLevelItemCount(), 0);
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(!dialog.deleteButton()->isEnabled());

    // An annotated tag: name and message.
    QTest::keyClicks(dialog.nameEdit(), "v1.0");
    QTest::keyClicks(dialog.messageEdit(), "First release to production");
    QVERIFY(dialog.createButton()->isEnabled());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QCOMPARE(git(work, { "cat-file", "-t", "v1.0" }).out.trimmed(), QByteArray("tag"));
    QCOMPARE(git(work, { "rev-parse", "v1.0^{commit}" }).out.trimmed(), head.toLatin1());
    QCOMPARE(git(work, { "tag", "-l", "-n1", "v1.0" }).out.simplified(),
             QByteArray("v1.0 First release to production"));
    QVERIFY(dialog.nameEdit()->text().isEmpty());

    // A lightweight tag: name only, Return in the name field.
    QTest::keyClicks(dialog.nameEdit(), "reviewed");
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QCOMPARE(git(work, { "cat-file", "-t", "reviewed" }).out.trimmed(), QByteArray("commit"));
    QCOMPARE(git(work, { "tag", "--list" }).out, QByteArray("reviewed\nv1.0\n"));

    // The list shows both, with the commit and the message.
    QCOMPARE(dialog.tagTree()->topLevelItemCount(), 2);
    QTreeWidgetItem *release = tagItem(dialog, "v1.0");
    QVERIFY(release);
    QVERIFY(release->text(1).startsWith(head.left(7)));
    QVERIFY(release->text(1).contains(QLatin1String("Add the example")));
    QCOMPARE(release->text(2), QStringLiteral("First release to production"));
    QTreeWidgetItem *light = tagItem(dialog, "reviewed");
    QVERIFY(light);
    QCOMPARE(light->text(2), QStringLiteral("(lightweight)"));

    // A second tag of the same name is refused, with the reason in the dialog.
    QTest::keyClicks(dialog.nameEdit(), "v1.0");
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("v1.0")),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.tagTree()->topLevelItemCount(), 2);
    dialog.nameEdit()->clear();

    const QString shots = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots + "/tags-dialog.png");

    // Delete: select the row with the mouse, press Delete, confirm.
    QTreeWidget *tree = dialog.tagTree();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(tagItem(dialog, "v1.0")).center());
    QVERIFY(dialog.deleteButton()->isEnabled());
    bool confirmed = false;
    QTimer::singleShot(0, this, [&confirmed] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            confirmed = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    QVERIFY(confirmed);
    QCOMPARE(git(work, { "tag", "--list" }).out, QByteArray("reviewed\n"));
    QCOMPARE(dialog.tagTree()->topLevelItemCount(), 1);
    QVERIFY(!tagItem(dialog, "v1.0"));
    // The commit it named stays.
    QCOMPARE(git(work, { "rev-parse", "HEAD" }).out.trimmed(), head.toLatin1());
    QCOMPARE(git(work, { "fsck", "--no-dangling" }).exitCode, 0);
}

QTEST_MAIN(TestTagsDialog)
#include "tst_tagsdialog.moc"
