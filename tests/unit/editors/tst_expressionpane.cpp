#include "editors/expr/jsonataeditor.h"
#include "editors/source/expressionpane.h"
#include "editors/source/sourceeditor.h"

#include <Qsci/qsciscintilla.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Flowsmith;

// The source view's JSONata pane on a real example flow file (copied into a temp dir).
class TestExpressionPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void followsTheCursor();
    void applyEditsTheLineUndoably();
    void underlinesABrokenExpression();
    void onlyForYaml();

private:
    QTemporaryDir m_dir;
    QString m_flowPath;
    QByteArray m_original;
};

void TestExpressionPane::init()
{
    QVERIFY(m_dir.isValid());
    const QString example = QStringLiteral(FLOWSMITH_SOURCE_DIR)
        + QStringLiteral("/resources/examples/retail-order-to-cash/flows/order-sync.flow.yaml");
    QFile source(example);
    QVERIFY(source.open(QIODevice::ReadOnly));
    m_original = source.readAll();
    m_flowPath = m_dir.filePath(QStringLiteral("order-sync.flow.yaml"));
    QFile::remove(m_flowPath);
    QFile copy(m_flowPath);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(m_original);
}

static int lineContaining(QsciScintilla *edit, const QString &text)
{
    for (int line = 0; line < edit->lines(); ++line) {
        if (edit->text(line).contains(text))
            return line;
    }
    return -1;
}

void TestExpressionPane::followsTheCursor()
{
    SourceEditor editor;
    QString error;
    QVERIFY2(editor.load(m_flowPath, &error), qPrintable(error));
    ExpressionPane *pane = editor.expressionPane();
    QVERIFY(pane);
    // Scintilla reports cursor moves when it updates its view, so the editor must be shown.
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    const int line = lineContaining(editor.textEdit(), QStringLiteral("condition:"));
    QVERIFY(line >= 0);
    editor.textEdit()->setCursorPosition(line, 20);
    QTRY_VERIFY(pane->hasField());
    QCOMPARE(pane->editor()->text(), QStringLiteral("status = \"paid\""));
    QVERIFY(pane->editor()->diagnostic().isEmpty());

    editor.textEdit()->setCursorPosition(0, 0);
    QTRY_VERIFY(!pane->hasField());
    QVERIFY(pane->editor()->text().isEmpty());
}

void TestExpressionPane::applyEditsTheLineUndoably()
{
    SourceEditor editor;
    QString error;
    QVERIFY(editor.load(m_flowPath, &error));
    ExpressionPane *pane = editor.expressionPane();
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int line = lineContaining(editor.textEdit(), QStringLiteral("condition:"));
    editor.textEdit()->setCursorPosition(line, 20);
    QTRY_VERIFY(pane->hasField());

    pane->editor()->setText(QStringLiteral("status in [\"paid\", \"settled\"]"));
    pane->apply();
    QVERIFY(editor.textEdit()->text(line).contains(
        QStringLiteral("config: {condition: status in [\"paid\", \"settled\"]}")));
    QVERIFY(editor.isModified());

    editor.undoStack()->undo();
    QCOMPARE(editor.text().toUtf8(), m_original);
    QVERIFY(!editor.isModified());
}

void TestExpressionPane::underlinesABrokenExpression()
{
    SourceEditor editor;
    QString error;
    QVERIFY(editor.load(m_flowPath, &error));
    ExpressionPane *pane = editor.expressionPane();
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int line = lineContaining(editor.textEdit(), QStringLiteral("condition:"));
    editor.textEdit()->setCursorPosition(line, 20);
    QTRY_VERIFY(pane->hasField());
    pane->editor()->setText(QStringLiteral("status = "));
    pane->editor()->checkNow();
    QVERIFY(!pane->editor()->diagnostic().isEmpty());
}

void TestExpressionPane::onlyForYaml()
{
    const QString schema = QStringLiteral(FLOWSMITH_SOURCE_DIR)
        + QStringLiteral("/resources/examples/retail-order-to-cash/schemas/shop-order.schema.json");
    SourceEditor editor;
    QString error;
    QVERIFY(editor.load(schema, &error));
    QVERIFY(!editor.expressionPane());
}

QTEST_MAIN(TestExpressionPane)
#include "tst_expressionpane.moc"
