// The mapper offscreen: drops on the target tree make rules (one, a concatenation, a forEach
// and a rule nested in it), lines follow folding and select their rule, auto-map suggestions
// are accepted one by one and all at once, the rule panel and the JSONata text change the
// document through commands, and the example project's mappings open and preview.

#include "editors/expr/jsonataeditor.h"
#include "editors/mapping/mappingeditor.h"
#include "editors/mapping/mappinglinesoverlay.h"
#include "editors/mapping/mappingpreview.h"
#include "editors/mapping/rulepanel.h"
#include "editors/mapping/schematree.h"
#include "editors/mapping/suggestionpanel.h"
#include "model/documents/mappingdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Flowsmith;

namespace {

const char SourceSchema[] = R"({
  "type": "object",
  "properties": {
    "id": {"type": "string"},
    "given_name": {"type": "string"},
    "surname": {"type": "string"},
    "items": {"type": "array", "items": {"type": "object", "properties": {
      "sku": {"type": "string"}, "qty": {"type": "integer"}}}}
  }
})";

const char TargetSchema[] = R"({
  "type": "object",
  "required": ["key"],
  "properties": {
    "key": {"type": "string"},
    "firstName": {"type": "string"},
    "lastName": {"type": "string"},
    "fullName": {"type": "string"},
    "lines": {"type": "array", "items": {"type": "object", "properties": {
      "sku": {"type": "string"}, "quantity": {"type": "integer"}}}}
  }
})";

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString exampleDir()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR)
        + QStringLiteral("/resources/examples/retail-order-to-cash");
}

/// Drops `paths` on the target tree's item for `target`, the way a drag from the source
/// tree ends.
void drop(MappingEditor &editor, const QStringList &paths, const QString &target)
{
    SchemaTree *tree = editor.targetTree();
    QTreeWidgetItem *item = tree->item(target);
    QVERIFY2(item, qPrintable(target));
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QMimeData mime;
    mime.setData(QString::fromLatin1(SchemaTree::MimeType), paths.join(u'\n').toUtf8());
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &dropEvent);
}

/// The paths the source tree hands to a drag of its items for `paths`.
QStringList dragged(MappingEditor &editor, const QStringList &paths)
{
    SchemaTree *tree = editor.sourceTree();
    tree->clearSelection();
    for (const QString &path : paths)
        tree->item(path)->setSelected(true);
    const QStringList selected = tree->selectedPaths();
    return selected;
}

} // namespace

class tst_MappingEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewProposesFittingSamples_data();
    void previewProposesFittingSamples();
    void dragToMap();
    void dragSeveralIsConcatenation();
    void dragArrayIsForEach();
    void linesFollowFolding();
    void clickOnLineSelectsRule();
    void rulePanelFunction();
    void textEditsRules();
    void acceptSuggestion();
    void acceptAllIsOneCommand();
    void examplesOpenAndPreview_data();
    void examplesOpenAndPreview();
    void fhirPreviewValues();
    void missingSchemaOpens();
    void brokenFileSaysWhere();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MappingEditor> m_editor;
};

void tst_MappingEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString root = m_dir->path();
    write(root + "/flowsmith.yaml", "flowsmith: 1\nname: mapper test\n");
    write(root + "/schemas/src.schema.json", SourceSchema);
    write(root + "/schemas/dst.schema.json", TargetSchema);
    write(root + "/mappings/m.map.yaml",
          "flowsmith: 1\nid: m\nname: Test mapping\nsource: src\ntarget: dst\nrules: []\n");
    write(
        root + "/samples/src.json",
        R"([{"id": "A1", "given_name": "Ada", "surname": "Lovelace", "items": [{"sku": "X", "qty": 2}]},
              {"id": "A2", "given_name": "Alan", "surname": "Turing", "items": []}])");
    m_editor = std::make_unique<MappingEditor>();
    m_editor->resize(1400, 900);
    QString error;
    QVERIFY2(m_editor->load(root + "/mappings/m.map.yaml", &error), qPrintable(error));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void tst_MappingEditor::cleanup()
{
    m_editor.reset();
    m_dir.reset();
}

void tst_MappingEditor::dragToMap()
{
    MappingDocument *doc = m_editor->document();
    drop(*m_editor, dragged(*m_editor, { "id" }), "key");
    QCOMPARE(doc->mapping().rules.size(), 1);
    QCOMPARE(doc->mapping().rules.at(0).target, QStringLiteral("key"));
    QCOMPARE(doc->mapping().rules.at(0).from, QStringLiteral("id"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(m_editor->selectedRule(), QList<int> { 0 });
    QCOMPARE(m_editor->linesOverlay()->lines().size(), 1);
    QCOMPARE(m_editor->coverage().requiredMapped, 1);

    // Dropping again on the same field replaces the rule, as one command.
    drop(*m_editor, dragged(*m_editor, { "surname" }), "key");
    QCOMPARE(doc->mapping().rules.size(), 1);
    QCOMPARE(doc->mapping().rules.at(0).from, QStringLiteral("surname"));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->mapping().rules.at(0).from, QStringLiteral("id"));
    doc->undoStack()->undo();
    QVERIFY(doc->mapping().rules.isEmpty());
    QVERIFY(!doc->isModified());
}

void tst_MappingEditor::dragSeveralIsConcatenation()
{
    drop(*m_editor, dragged(*m_editor, { "given_name", "surname" }), "fullName");
    const MappingRule &rule = m_editor->document()->mapping().rules.at(0);
    QCOMPARE(rule.function.value("name").toString(), QStringLiteral("concat"));
    QCOMPARE(rule.function.value("from").toStringList(), QStringList({ "given_name", "surname" }));
    QVERIFY(rule.from.isEmpty());
    QCOMPARE(m_editor->linesOverlay()->lines().at(0).sourcePaths.size(), 2);
    QVERIFY(m_editor->compiledText().contains("$join([given_name, surname], \" \")"));
}

void tst_MappingEditor::dragArrayIsForEach()
{
    MappingDocument *doc = m_editor->document();
    drop(*m_editor, { "items" }, "lines");
    QCOMPARE(doc->mapping().rules.size(), 1);
    QCOMPARE(doc->mapping().rules.at(0).forEach, QStringLiteral("items"));
    m_editor->targetTree()->item("lines")->setExpanded(true);
    // Inside the forEach, the rule nests and reads the element's field.
    drop(*m_editor, { "items.sku" }, "lines.sku");
    drop(*m_editor, { "items.qty" }, "lines.quantity");
    QCOMPARE(doc->mapping().rules.size(), 1);
    const MappingRule *nested = doc->rule({ 0, 0 });
    QVERIFY(nested);
    QCOMPARE(nested->target, QStringLiteral("sku"));
    QCOMPARE(nested->from, QStringLiteral("sku"));
    QCOMPARE(doc->rule({ 0, 1 })->from, QStringLiteral("qty"));
    QCOMPARE(m_editor->compiledText(),
             QStringLiteral(
                 "{\n  \"lines\": [items.{\n    \"sku\": sku,\n    \"quantity\": qty\n  }]\n}"));

    // A filter on the forEach through the rule panel, then the preview runs it.
    m_editor->selectRule({ 0 });
    auto *filter = m_editor->rulePanel()->findChild<QLineEdit *>(QStringLiteral("filter"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("qty > 1"));
    emit filter->editingFinished();
    QCOMPARE(doc->rule({ 0 })->filter, QStringLiteral("qty > 1"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->preview()->isRunning(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->preview()->result().values.value("lines.sku"),
                              QStringLiteral("X"), 20000);
}

void tst_MappingEditor::linesFollowFolding()
{
    drop(*m_editor, { "items" }, "lines");
    SchemaTree *target = m_editor->targetTree();
    target->item("lines")->setExpanded(true);
    drop(*m_editor, { "items.sku" }, "lines.sku");
    const MappingLine line = m_editor->linesOverlay()->lines().at(1);
    QCOMPARE(line.targetPath, QStringLiteral("lines.sku"));
    const int openY = m_editor->linesOverlay()->segments(line).at(0).second.y();
    target->item("lines")->setExpanded(false);
    QCOMPARE(target->visibleItem("lines.sku"), target->item("lines"));
    const int foldedY = m_editor->linesOverlay()->segments(line).at(0).second.y();
    QVERIFY2(foldedY < openY, qPrintable(QStringLiteral("%1 %2").arg(foldedY).arg(openY)));
    const int parentY = m_editor->linesOverlay()
                            ->segments(m_editor->linesOverlay()->lines().at(0))
                            .at(0)
                            .second.y();
    QCOMPARE(foldedY, parentY);
}

void tst_MappingEditor::clickOnLineSelectsRule()
{
    drop(*m_editor, { "id" }, "key");
    drop(*m_editor, { "surname" }, "lastName");
    m_editor->selectRule({});
    MappingLinesOverlay *overlay = m_editor->linesOverlay();
    const auto segment = overlay->segments(overlay->lines().at(1)).at(0);
    // The curve's middle is the midpoint of its ends (it is point-symmetric).
    const QPoint middle = (segment.first + segment.second) / 2;
    QTest::mouseClick(overlay, Qt::LeftButton, Qt::NoModifier, middle);
    QCOMPARE(m_editor->selectedRule(), QList<int> { 1 });
}

void tst_MappingEditor::rulePanelFunction()
{
    MappingDocument *doc = m_editor->document();
    drop(*m_editor, { "surname" }, "lastName");
    const int before = doc->undoStack()->count();
    m_editor->rulePanel()->chooseFunction(QStringLiteral("uppercase"));
    QCOMPARE(doc->rule({ 0 })->function.value("name").toString(), QStringLiteral("uppercase"));
    QCOMPARE(doc->undoStack()->count(), before + 1);
    QVERIFY(m_editor->compiledText().contains("$uppercase(surname)"));

    // A lookup table edited in its two-column table.
    m_editor->rulePanel()->chooseFunction(QStringLiteral("lookup"));
    QTableWidget *table = m_editor->rulePanel()->table();
    QVERIFY(table);
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Lovelace")));
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("LOVELACE")));
    const QVariantMap lookup = doc->rule({ 0 })->function.value("table").toMap();
    QCOMPARE(lookup.value("Lovelace").toString(), QStringLiteral("LOVELACE"));

    m_editor->rulePanel()->chooseFunction(QStringLiteral("expr"));
    QCOMPARE(doc->rule({ 0 })->expr, QStringLiteral("surname"));
    QVERIFY(doc->rule({ 0 })->from.isEmpty());
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QVERIFY(doc->mapping().rules.isEmpty());
}

void tst_MappingEditor::textEditsRules()
{
    MappingDocument *doc = m_editor->document();
    drop(*m_editor, { "id" }, "key");
    m_editor->textEditor()->setText(
        QStringLiteral("{\n  \"key\": id,\n  \"lastName\": $uppercase(surname),\n  \"fullName\": "
                       "given_name & \" \" & surname\n}"));
    QString error;
    QVERIFY2(m_editor->applyText(&error), qPrintable(error));
    QCOMPARE(doc->mapping().rules.size(), 3);
    QCOMPARE(doc->rule({ 1 })->function.value("name").toString(), QStringLiteral("uppercase"));
    QCOMPARE(doc->rule({ 2 })->expr, QStringLiteral("given_name & \" \" & surname"));
    doc->undoStack()->undo(); // the whole text edit is one command
    QCOMPARE(doc->mapping().rules.size(), 1);

    m_editor->textEditor()->setText(QStringLiteral("not an object"));
    QVERIFY(!m_editor->applyText(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc->mapping().rules.size(), 1);
}

void tst_MappingEditor::acceptSuggestion()
{
    MappingDocument *doc = m_editor->document();
    const QList<MappingSuggestion> suggestions = m_editor->suggest();
    // key ← id, firstName ← given_name, lastName ← surname; lines.sku is inside an array.
    QCOMPARE(suggestions.size(), 3);
    SuggestionPanel *panel = m_editor->suggestionPanel();
    QCOMPARE(panel->list()->topLevelItemCount(), 3);
    panel->list()->setCurrentItem(panel->list()->topLevelItem(1));
    const MappingSuggestion chosen = suggestions.at(1);
    QPushButton *accept = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>())
        if (button->text() == QLatin1String("Accept"))
            accept = button;
    QVERIFY(accept);
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(doc->mapping().rules.size(), 1);
    QCOMPARE(doc->mapping().rules.at(0).target, chosen.targetPath);
    QCOMPARE(doc->mapping().rules.at(0).from, chosen.sourcePath);
    QCOMPARE(panel->list()->topLevelItemCount(), 2);
    m_editor->rejectSuggestion(0);
    QCOMPARE(m_editor->suggestions().size(), 1);
    QCOMPARE(doc->mapping().rules.size(), 1);
}

void tst_MappingEditor::acceptAllIsOneCommand()
{
    MappingDocument *doc = m_editor->document();
    const int count = int(m_editor->suggest().size());
    QVERIFY(count >= 2);
    m_editor->acceptAllSuggestions();
    QCOMPARE(doc->mapping().rules.size(), count);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QVERIFY(doc->mapping().rules.isEmpty());
}

void tst_MappingEditor::examplesOpenAndPreview_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(exampleDir() + QStringLiteral("/mappings"));
    const QStringList files
        = dir.entryList({ QStringLiteral("*.map.yaml") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << dir.filePath(file);
}

void tst_MappingEditor::examplesOpenAndPreview()
{
    QFETCH(QString, file);
    MappingEditor editor;
    editor.resize(1200, 800);
    QString error;
    QVERIFY2(editor.load(file, &error), qPrintable(error));
    QVERIFY(editor.sourceSchema());
    QVERIFY(editor.targetSchema());
    QVERIFY(!editor.compiledText().isEmpty());
    QCOMPARE(editor.linesOverlay()->lines().size() > 0, true);
    QVERIFY(editor.preview()->recordCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.preview()->isRunning(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.preview()->result().output.isEmpty(), 20000);
    QVERIFY2(editor.preview()->result().error.isEmpty(),
             qPrintable(editor.preview()->result().error));
    QVERIFY(!editor.document()->isModified());
}

void tst_MappingEditor::previewProposesFittingSamples_data()
{
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("best");
    QTest::addColumn<QString>("other"); // a sample that does not fit
    QTest::addColumn<QString>("otherText");
    QTest::newRow("shop order") << "shop-order-to-erp"
                                << "samples/orders.json"
                                << "samples/contacts.csv"
                                << "contacts.csv — 6 of 6 records do not match";
    QTest::newRow("CRM contact") << "crm-contact-to-marketing"
                                 << "samples/contacts.csv"
                                 << "samples/orders.json"
                                 << "orders.json — 5 of 5 records do not match";
    QTest::newRow("shipment") << "shipment-to-inventory"
                              << "samples/shipments.ndjson"
                              << "samples/fhir-patient.json"
                              << "fhir-patient.json — 1 of 1 records do not match";
}

// Issue 15 item 5: the preview's chooser lists the samples that fit the source schema first
// and loads the best; the others show their mismatch count.
void tst_MappingEditor::previewProposesFittingSamples()
{
    QFETCH(QString, mapping);
    QFETCH(QString, best);
    QFETCH(QString, other);
    QFETCH(QString, otherText);
    MappingEditor editor;
    QString error;
    QVERIFY2(editor.load(exampleDir() + "/mappings/" + mapping + ".map.yaml", &error),
             qPrintable(error));
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("previewSampleCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->itemData(0).toString(), best);
    QCOMPARE(editor.preview()->samplePath(), exampleDir() + "/" + best);
    const int index = combo->findData(other);
    QVERIFY(index > 0);
    QCOMPARE(combo->itemText(index), otherText);
}

void tst_MappingEditor::fhirPreviewValues()
{
    MappingEditor editor;
    QString error;
    QVERIFY2(editor.load(exampleDir() + "/mappings/fhir-patient-to-crm-contact.map.yaml", &error),
             qPrintable(error));
    QCOMPARE(editor.preview()->samplePath(), exampleDir() + "/samples/fhir-patient.json");
    QTRY_VERIFY_WITH_TIMEOUT(!editor.preview()->isRunning(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.preview()->result().output.isEmpty(), 20000);
    const QJsonObject contact
        = QJsonDocument::fromJson(editor.preview()->result().output.toUtf8()).object();
    QCOMPARE(contact.value("contactId").toString(), QStringLiteral("C-12345"));
    QCOMPARE(contact.value("firstName").toString(), QStringLiteral("Peter"));
    QCOMPARE(contact.value("lastName").toString(), QStringLiteral("Chalmers"));
    QCOMPARE(contact.value("phone").toString(), QStringLiteral("(03) 3410 5613"));
    QCOMPARE(contact.value("emailConsent").toString(), QStringLiteral("unknown"));
    QVERIFY(editor.findings().isEmpty());
    QCOMPARE(editor.coverage().percentRequired(), 100);
    // The preview column shows the value at its field.
    QTRY_COMPARE(editor.targetTree()->item("lastName")->text(2), QStringLiteral("Chalmers"));
}

void tst_MappingEditor::missingSchemaOpens()
{
    const QString path = m_dir->path() + "/mappings/ghost.map.yaml";
    write(path,
          "flowsmith: 1\nid: ghost\nsource: nothing\ntarget: dst\nrules:\n"
          "  - {target: key, from: id}\n");
    MappingEditor editor;
    QString error;
    QVERIFY2(editor.load(path, &error), qPrintable(error));
    QVERIFY(!editor.sourceSchema());
    QVERIFY(editor.targetSchema());
    QCOMPARE(editor.sourceTree()->topLevelItemCount(), 1); // the note that says why
    QVERIFY(editor.sourceTree()->topLevelItem(0)->text(0).contains("nothing"));
    QCOMPARE(editor.linesOverlay()->lines().size(), 1);
    // Drops still work; the checks that need the source schema are skipped.
    editor.mapFields({ "given_name" }, "firstName");
    QCOMPARE(editor.document()->mapping().rules.size(), 2);
}

void tst_MappingEditor::brokenFileSaysWhere()
{
    const QString path = m_dir->path() + "/mappings/broken.map.yaml";
    write(path, "flowsmith: 1\nid: broken\nrules: [\n");
    MappingEditor editor;
    QString error;
    QVERIFY(!editor.load(path, &error));
    QVERIFY2(error.contains("broken.map.yaml:"), qPrintable(error));
}

void tst_MappingEditor::screenshot()
{
    // Pictures for people to look at: FLOWSMITH_SCREENSHOT_DIR=/tmp/shots runs it.
    const QString dir = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set FLOWSMITH_SCREENSHOT_DIR to take screenshots");
    MappingEditor editor;
    editor.resize(1500, 950);
    QString error;
    QVERIFY(editor.load(exampleDir() + "/mappings/fhir-patient-to-crm-contact.map.yaml", &error));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.sourceTree()->expandAll();
    editor.selectRule({ 2 });
    QTRY_VERIFY_WITH_TIMEOUT(!editor.preview()->isRunning(), 20000);
    QTest::qWait(300);
    QVERIFY(editor.grab().save(dir + "/mapper-fhir.png"));
    for (QTabWidget *tabs : editor.findChildren<QTabWidget *>())
        tabs->setCurrentIndex(1);
    editor.sourceTree()->collapseAll();
    editor.selectRule({ 6 });
    QTest::qWait(300);
    QVERIFY(editor.grab().save(dir + "/mapper-fhir-preview.png"));

    // Auto-map on a mapping started from scratch.
    MappingEditor fresh;
    fresh.resize(1500, 950);
    QVERIFY(fresh.load(exampleDir() + "/mappings/crm-contact-to-marketing.map.yaml", &error));
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    fresh.textEditor()->setText(QStringLiteral("{}"));
    QVERIFY(fresh.applyText());
    QVERIFY(fresh.suggest().size() >= 4);
    for (QTabWidget *tabs : fresh.findChildren<QTabWidget *>())
        tabs->setCurrentIndex(2);
    QTest::qWait(300);
    QVERIFY(fresh.grab().save(dir + "/mapper-automap.png"));
}

QTEST_MAIN(tst_MappingEditor)
#include "tst_mappingeditor.moc"
