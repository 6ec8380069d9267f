// The Export dialog, offscreen: targets from the registry, preview and diff against the
// output folder, portability report naming nodes, export, cancel (issue 7).

#include "editors/export/exportdialog.h"
#include "editors/export/textdiff.h"
#include "model/export/flowformats.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Flowsmith;

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyFolder(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

QStringList column(const QTreeWidget *tree, int col)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(col));
    return texts;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void targetsComeFromTheRegistry();
    void previewExportAndDiff();
    void portabilityReportNamesNodes();
    void cancel();
    void unifiedDiff_data();
    void unifiedDiff();

private:
    bool waitForPreview(ExportDialog &dialog);

    QTemporaryDir m_dir;
    QString m_project;
    int m_runs = 0;
};

void TestExportDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("project-%1").arg(++m_runs));
    QVERIFY(copyFolder(QStringLiteral(FLOWSMITH_SOURCE_DIR)
                           + "/resources/examples/retail-order-to-cash",
                       m_project));
}

bool TestExportDialog::waitForPreview(ExportDialog &dialog)
{
    const bool done = QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 20000);
    QCoreApplication::processEvents();
    return done && !dialog.isBusy();
}

void TestExportDialog::targetsComeFromTheRegistry()
{
    ExportDialog dialog(m_project);
    auto *box = dialog.findChild<QComboBox *>("targetBox");
    QVERIFY(box);
    QStringList ids;
    for (int i = 0; i < box->count(); ++i)
        ids.append(box->itemData(i).toString());
    QCOMPARE(ids, FlowFormats::instance().ids(FlowFormat::Write));
    for (const char *id : { "nodered", "camel", "k8s", "api" })
        QVERIFY2(ids.contains(id), id);
    QCOMPARE(QDir(dialog.outputFolder()), QDir(m_project + "/dist"));
    QVERIFY(waitForPreview(dialog));
}

void TestExportDialog::previewExportAndDiff()
{
    ExportDialog dialog(m_project);
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(waitForPreview(dialog));
    dialog.setTarget("camel");
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.preview().formatId, QStringLiteral("camel"));

    auto *files = dialog.findChild<QTreeWidget *>("fileList");
    auto *view = dialog.findChild<QPlainTextEdit *>("previewView");
    auto *exportButton = dialog.findChild<QPushButton *>("exportButton");
    QVERIFY(files && view && exportButton);
    QVERIFY(column(files, 0).contains("camel/order-sync.camel.yaml"));
    QCOMPARE(column(files, 1).count("new"), files->topLevelItemCount());
    QVERIFY(exportButton->isEnabled());

    // Clicking a file shows what it will contain.
    const int row = column(files, 0).indexOf("camel/order-sync.camel.yaml");
    const QRect rect = files->visualItemRect(files->topLevelItem(row));
    QTest::mouseClick(files->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(files->currentItem()->text(0), QStringLiteral("camel/order-sync.camel.yaml"));
    QVERIFY(view->toPlainText().contains("platform-http:/orders"));

    if (qEnvironmentVariableIsSet("FLOWSMITH_SCREENSHOT"))
        dialog.grab().save(qEnvironmentVariable("FLOWSMITH_SCREENSHOT") + "-camel.png");

    // Export writes the files; the next preview finds them unchanged.
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    QVERIFY(QFile::exists(m_project + "/dist/camel/order-sync.camel.yaml"));
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(column(files, 1).count("unchanged"), files->topLevelItemCount());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>("statusLabel")->text().contains("Wrote"));

    // A file changed in the folder shows as a diff against the export.
    {
        QFile file(m_project + "/dist/camel/order-sync.camel.yaml");
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes.replace("platform-http:/orders", "platform-http:/old-orders");
        file.resize(0);
        file.write(bytes);
    }
    dialog.refresh();
    QVERIFY(waitForPreview(dialog));
    const int changed = column(files, 0).indexOf("camel/order-sync.camel.yaml");
    QCOMPARE(files->topLevelItem(changed)->text(1), QStringLiteral("changed"));
    files->setCurrentItem(files->topLevelItem(changed));
    QVERIFY(view->toPlainText().contains("-      uri: platform-http:/old-orders"));
    QVERIFY(view->toPlainText().contains("+      uri: platform-http:/orders"));
    QVERIFY(exportButton->isEnabled());
}

void TestExportDialog::portabilityReportNamesNodes()
{
    ExportDialog dialog(m_project);
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(waitForPreview(dialog));
    dialog.setTarget("nodered");
    QVERIFY(waitForPreview(dialog));
    // The example reads Kafka topics, which core Node-RED cannot: errors that name the nodes,
    // and nothing can be written.
    auto *report = dialog.findChild<QTreeWidget *>("reportView");
    QVERIFY(report);
    const QStringList severities = column(report, 0);
    const QStringList nodes = column(report, 1);
    QVERIFY(severities.contains("Error"));
    QCOMPARE(severities.first(), QStringLiteral("Error"));
    QVERIFY(nodes.contains("receive"));
    QVERIFY(nodes.contains("notify"));
    QVERIFY(column(report, 2).contains("flows/shipment-dispatched.flow.yaml:14"));
    QVERIFY(!dialog.findChild<QPushButton *>("exportButton")->isEnabled());
    QVERIFY(!dialog.exportFiles());
    QVERIFY(!QDir(m_project + "/dist/nodered").exists());
    if (qEnvironmentVariableIsSet("FLOWSMITH_SCREENSHOT")) {
        dialog.grab().save(qEnvironmentVariable("FLOWSMITH_SCREENSHOT") + "-nodered.png");
        dialog.setTarget("k8s");
        QVERIFY(waitForPreview(dialog));
        dialog.grab().save(qEnvironmentVariable("FLOWSMITH_SCREENSHOT") + "-k8s.png");
    }
}

void TestExportDialog::cancel()
{
    ExportDialog dialog(m_project);
    dialog.setTarget("k8s");
    dialog.cancel();
    QVERIFY(waitForPreview(dialog));
    // Either the preview was cancelled (nothing shown, nothing writable) or it had finished.
    auto *files = dialog.findChild<QTreeWidget *>("fileList");
    if (dialog.preview().files.isEmpty()) {
        QCOMPARE(files->topLevelItemCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>("statusLabel")->text().contains("Cancelled"));
        QVERIFY(!dialog.findChild<QPushButton *>("exportButton")->isEnabled());
    }
    // A new preview after a cancel works.
    dialog.refresh();
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.preview().formatId, QStringLiteral("k8s"));
    QVERIFY(!dialog.preview().files.isEmpty());
}

void TestExportDialog::unifiedDiff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::addRow("equal") << "a\nb\n"
                           << "a\nb\n"
                           << "";
    QTest::addRow("one line") << "a\nb\nc"
                              << "a\nB\nc"
                              << "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";
    QTest::addRow("added") << "a"
                           << "a\nb"
                           << "@@ -1,1 +1,2 @@\n a\n+b\n";
    QTest::addRow("two hunks") << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12"
                               << "x\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ny"
                               << "@@ -1,2 +1,2 @@\n-1\n+x\n 2\n@@ -11,2 +11,2 @@\n 11\n-12\n+y\n";
}

void TestExportDialog::unifiedDiff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(TextDiff::unified(before, after, 1), expected);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
