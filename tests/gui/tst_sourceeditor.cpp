// The source view on its own: loading, highlighting by extension, edits as undo commands,
// atomic saves, find and jump-to-line.

#include "editors/source/findbar.h"
#include "editors/source/sourceeditor.h"
#include "model/documents/flowdocument.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

using namespace Flowsmith;

class tst_SourceEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lexerByExtension_data();
    void lexerByExtension();
    void loadShowsTheFileUnmodified();
    void loadMissingFileNamesIt();
    void followingDocumentTracksTheSavedFile();
    void noFollowingDocumentNoError();
    void typingMarksModifiedAndUndoRestores();
    void saveWritesBytesAndClearsModified();
    void typingAfterSaveIsANewStep();
    void undoKeysAreLeftToTheWindow();
    void find_data();
    void find();
    void findPreviousGoesBack();
    void jumpToLine_data();
    void jumpToLine();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QByteArray readFile(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SourceEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_SourceEditor::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QByteArray tst_SourceEditor::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_SourceEditor::lexerByExtension_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("language"); // empty: plain text

    QTest::addRow("flow") << "flows/order-sync.flow.yaml"
                          << "YAML";
    QTest::addRow("yml") << "x.yml"
                         << "YAML";
    QTest::addRow("schema") << "schemas/shop-order.schema.json"
                            << "JSON";
    QTest::addRow("ndjson") << "samples/shipments.ndjson"
                            << "JSON";
    QTest::addRow("upper case") << "FLOWSMITH.YAML"
                                << "YAML";
    QTest::addRow("csv") << "samples/contacts.csv"
                         << "";
    QTest::addRow("no extension") << "README"
                                  << "";
}

void tst_SourceEditor::lexerByExtension()
{
    QFETCH(QString, fileName);
    QFETCH(QString, language);
    QObject parent;
    QsciLexer *lexer = SourceEditor::createLexer(fileName, &parent);
    if (language.isEmpty()) {
        QVERIFY(!lexer);
    } else {
        QVERIFY(lexer);
        QCOMPARE(QString::fromLatin1(lexer->language()), language);
    }
}

void tst_SourceEditor::loadShowsTheFileUnmodified()
{
    const QByteArray bytes = "flowsmith: 1\nid: a\nname: Ä flow\n";
    const QString path = writeFile(QStringLiteral("a.flow.yaml"), bytes);
    SourceEditor editor;
    QString error;
    QVERIFY2(editor.load(path, &error), qPrintable(error));
    QCOMPARE(editor.text().toUtf8(), bytes);
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.undoStack()->canUndo());
    QVERIFY(editor.textEdit()->lexer());
    QVERIFY(editor.textEdit()->marginWidth(0) > 0); // line numbers
    QVERIFY(editor.textEdit()->folding() != QsciScintilla::NoFoldStyle);
}

void tst_SourceEditor::loadMissingFileNamesIt()
{
    SourceEditor editor;
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("missing.yaml"));
    QVERIFY(!editor.load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void tst_SourceEditor::followingDocumentTracksTheSavedFile()
{
    // A flow's text tab keeps the flow's document at the file as last saved: a save that does
    // not load keeps the last good state and says why, typed text alone changes nothing.
    const QString path = writeFile(QStringLiteral("名前.flow.yaml"),
                                   "flowsmith: 1\nid: a\nname: Ä flow\nnodes: []\nedges: []\n");
    SourceEditor editor;
    QString message;
    QVERIFY2(editor.load(path, &message), qPrintable(message));
    auto *document = new FlowDocument;
    editor.setFollowingDocument(document);
    QCOMPARE(editor.document(), document);
    QCOMPARE(document->parent(), &editor);
    QVERIFY(editor.loadDocument());
    QCOMPARE(document->flow().name, QStringLiteral("Ä flow"));
    QVERIFY(editor.loadError().isEmpty());

    editor.textEdit()->setText(QStringLiteral("flowsmith: 1\nid: a\nname: [unclosed\n"));
    QVERIFY(editor.loadError().isEmpty());
    QVERIFY2(editor.save(&message), qPrintable(message));
    QVERIFY(!editor.loadDocument());
    QVERIFY2(editor.loadError().contains(path), qPrintable(editor.loadError()));
    QCOMPARE(document->flow().name, QStringLiteral("Ä flow"));

    editor.textEdit()->setText(QStringLiteral("flowsmith: 1\nid: a\nname: Поток\n"));
    QVERIFY2(editor.save(&message), qPrintable(message));
    QVERIFY(editor.loadDocument());
    QVERIFY(editor.loadError().isEmpty());
    QCOMPARE(document->flow().name, QStringLiteral("Поток"));
}

void tst_SourceEditor::noFollowingDocumentNoError()
{
    const QString path = writeFile(QStringLiteral("data.csv"), "a;b\n1;2\n");
    SourceEditor editor;
    QString message;
    QVERIFY2(editor.load(path, &message), qPrintable(message));
    QCOMPARE(editor.document(), nullptr);
    QVERIFY(!editor.loadDocument());
    QVERIFY(editor.loadError().isEmpty());
}

void tst_SourceEditor::typingMarksModifiedAndUndoRestores()
{
    const QByteArray bytes = "id: a\n";
    SourceEditor editor;
    QVERIFY(editor.load(writeFile(QStringLiteral("a.yaml"), bytes), nullptr));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy modified(&editor, &DocumentEditor::modifiedChanged);

    editor.textEdit()->setFocus();
    editor.textEdit()->setCursorPosition(0, 0);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("# x"));
    QTest::keyClick(editor.textEdit(), Qt::Key_Return);
    QCOMPARE(editor.text(), QStringLiteral("# x\nid: a\n"));
    QVERIFY(editor.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.first().first().toBool(), true);
    QVERIFY(editor.undoStack()->count() >= 1);

    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    QCOMPARE(editor.text().toUtf8(), bytes);
    QVERIFY(!editor.isModified());

    while (editor.undoStack()->canRedo())
        editor.undoStack()->redo();
    QCOMPARE(editor.text(), QStringLiteral("# x\nid: a\n"));
    QVERIFY(editor.isModified());
}

void tst_SourceEditor::saveWritesBytesAndClearsModified()
{
    const QString path = writeFile(QStringLiteral("b.yaml"), "id: b\n");
    SourceEditor editor;
    QVERIFY(editor.load(path, nullptr));
    editor.show();
    QSignalSpy saved(&editor, &DocumentEditor::saved);
    editor.textEdit()->setFocus();
    editor.textEdit()->setCursorPosition(1, 0);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("name: B"));
    QTest::keyClick(editor.textEdit(), Qt::Key_Return);
    QVERIFY(editor.isModified());

    QString error;
    QVERIFY2(editor.save(&error), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("id: b\nname: B\n"));
    QVERIFY(!editor.isModified());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), editor.filePath());

    // Undo past the save point is modified again; redo returns to clean.
    editor.undoStack()->undo();
    QVERIFY(editor.isModified());
    QCOMPARE(editor.text(), QStringLiteral("id: b\n"));
    editor.undoStack()->redo();
    QVERIFY(!editor.isModified());
}

void tst_SourceEditor::typingAfterSaveIsANewStep()
{
    const QString path = writeFile(QStringLiteral("c.yaml"), "");
    SourceEditor editor;
    QVERIFY(editor.load(path, nullptr));
    editor.show();
    editor.textEdit()->setFocus();
    QTest::keyClicks(editor.textEdit(), QStringLiteral("ab"));
    QVERIFY(editor.save(nullptr));
    QVERIFY(!editor.isModified());
    // Scintilla would merge these keystrokes into the saved undo action without a save point.
    QTest::keyClicks(editor.textEdit(), QStringLiteral("cd"));
    QVERIFY(editor.isModified());
    editor.undoStack()->undo();
    QCOMPARE(editor.text(), QStringLiteral("ab"));
    QVERIFY(!editor.isModified());
}

void tst_SourceEditor::undoKeysAreLeftToTheWindow()
{
    const QString path = writeFile(QStringLiteral("d.yaml"), "x\n");
    SourceEditor editor;
    QVERIFY(editor.load(path, nullptr));
    editor.show();
    editor.textEdit()->setFocus();
    QTest::keyClicks(editor.textEdit(), QStringLiteral("y"));
    // Ctrl+Z must not reach Scintilla's own undo: the stack would no longer match the text.
    QTest::keyClick(editor.textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.text(), QStringLiteral("yx\n"));
    QVERIFY(editor.undoStack()->canUndo());
}

void tst_SourceEditor::find_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("line"); // 0-based line of the first match

    QTest::addRow("exact") << "erp" << false << true << 2;
    QTest::addRow("other case") << "ERP" << false << true << 2;
    QTest::addRow("match case") << "ERP" << true << true << 3;
    QTest::addRow("match case miss") << "Erp" << true << false << -1;
    QTest::addRow("absent") << "crm" << false << false << -1;
}

void tst_SourceEditor::find()
{
    QFETCH(QString, needle);
    QFETCH(bool, matchCase);
    QFETCH(bool, found);
    QFETCH(int, line);

    const QString path
        = writeFile(QStringLiteral("e.yaml"), "a: 1\nb: 2\nsystem: erp\nname: ERP\n");
    SourceEditor editor;
    QVERIFY(editor.load(path, nullptr));
    editor.show();
    editor.textEdit()->setCursorPosition(0, 0);
    editor.showFind();
    QVERIFY(editor.findBar()->isVisible());
    editor.findBar()->lineEdit()->setText(needle);
    editor.findBar()->matchCaseBox()->setChecked(matchCase);
    QTest::keyClick(editor.findBar()->lineEdit(), Qt::Key_Return);
    QCOMPARE(editor.textEdit()->hasSelectedText(), found);
    if (found) {
        int lineFrom, indexFrom, lineTo, indexTo;
        editor.textEdit()->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        QCOMPARE(lineFrom, line);
        QCOMPARE(editor.textEdit()->selectedText().toLower(), needle.toLower());
    }
    QTest::keyClick(editor.findBar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!editor.findBar()->isVisible());
}

void tst_SourceEditor::findPreviousGoesBack()
{
    const QString path = writeFile(QStringLiteral("f.yaml"), "x\nx\nx\n");
    SourceEditor editor;
    QVERIFY(editor.load(path, nullptr));
    editor.show();
    editor.textEdit()->setCursorPosition(0, 0);
    editor.showFind();
    editor.findBar()->lineEdit()->setText(QStringLiteral("x"));
    int line = -1, index = -1;
    QVERIFY(editor.findBar()->findNext());
    QVERIFY(editor.findBar()->findNext());
    editor.textEdit()->getCursorPosition(&line, &index);
    QCOMPARE(line, 1);
    QTest::keyClick(editor.findBar()->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    int lineFrom, indexFrom, lineTo, indexTo;
    editor.textEdit()->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    QCOMPARE(lineFrom, 0);
}

void tst_SourceEditor::jumpToLine_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("expectedLine"); // 0-based
    QTest::addColumn<int>("expectedIndex"); // 0-based

    QTest::addRow("first") << 1 << 1 << 0 << 0;
    QTest::addRow("middle") << 3 << 5 << 2 << 4;
    QTest::addRow("column unknown") << 2 << 0 << 1 << 0;
    QTest::addRow("past the end") << 99 << 1 << 4 << 0;
}

void tst_SourceEditor::jumpToLine()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, expectedLine);
    QFETCH(int, expectedIndex);
    const QString path = writeFile(QStringLiteral("g.yaml"), "a: 1\nb: 2\nccc: 3\nd: 4\n");
    SourceEditor editor;
    QVERIFY(editor.load(path, nullptr));
    editor.jumpTo(line, column);
    int l = -1, i = -1;
    editor.textEdit()->getCursorPosition(&l, &i);
    QCOMPARE(l, expectedLine);
    QCOMPARE(i, expectedIndex);
}

QTEST_MAIN(tst_SourceEditor)
#include "tst_sourceeditor.moc"
