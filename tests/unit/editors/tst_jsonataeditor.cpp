#include "editors/expr/jsonataeditor.h"
#include "editors/expr/jsonatafunctions.h"
#include "editors/expr/jsonatalexer.h"
#include "editors/expr/jsonatatokens.h"

#include <QSignalSpy>
#include <QTest>

using namespace Flowsmith;

class TestJsonataEditor : public QObject
{
    Q_OBJECT

private slots:
    void functionCatalogue();
    void lexerStylesText();
    void completesFunctions();
    void completesFieldPaths_data();
    void completesFieldPaths();
    void choosingACompletionReplacesThePrefix();
    void underlinesSyntaxError();
    void clearsErrorWhenFixed();
};

void TestJsonataEditor::functionCatalogue()
{
    const auto &functions = jsonataFunctions();
    QVERIFY(functions.size() >= 60);
    QStringList names;
    for (const auto &f : functions) {
        QVERIFY(f.name.startsWith(u'$'));
        QVERIFY(!f.summary.isEmpty());
        names.append(f.name);
    }
    for (const char *name : { "$formatNumber", "$formatBase", "$formatInteger", "$parseInteger",
                              "$fromMillis", "$toMillis", "$eval", "$assert", "$sift", "$zip" })
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
}

void TestJsonataEditor::lexerStylesText()
{
    JsonataEditor editor;
    editor.setLiveCheck(false);
    editor.setText(QStringLiteral("$uppercase(name) & \"x\""));
    editor.recolor();
    auto styleAt = [&](int position) {
        return int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, position));
    };
    QCOMPARE(styleAt(0), int(JsonataTokenKind::Function));
    QCOMPARE(styleAt(11), int(JsonataTokenKind::Name));
    QCOMPARE(styleAt(17), int(JsonataTokenKind::Operator));
    QCOMPARE(styleAt(19), int(JsonataTokenKind::String));
}

void TestJsonataEditor::completesFunctions()
{
    JsonataEditor editor;
    editor.setLiveCheck(false);
    editor.setVariables({ QStringLiteral("$headers") });
    editor.setText(QStringLiteral("$up"));
    editor.setCursorPosition(0, 3);
    QString prefix;
    QCOMPARE(editor.completionsAtCursor(&prefix), QStringList { QStringLiteral("$uppercase") });
    QCOMPARE(prefix, QStringLiteral("$up"));

    editor.setText(QStringLiteral("$h"));
    editor.setCursorPosition(0, 2);
    QCOMPARE(editor.completionsAtCursor(), QStringList { QStringLiteral("$headers") });
}

void TestJsonataEditor::completesFieldPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("top level") << "cu" << QStringList { "customer" };
    QTest::addRow("children") << "customer." << QStringList { "email", "firstName", "lastName" };
    QTest::addRow("child prefix") << "customer.f" << QStringList { "firstName" };
    QTest::addRow("case-insensitive") << "customer.LA" << QStringList { "lastName" };
    QTest::addRow("inside an expression") << "$uppercase(customer.e" << QStringList { "email" };
    QTest::addRow("nested array") << "items.s" << QStringList { "sku" };
    QTest::addRow("nothing") << "zzz" << QStringList {};
}

void TestJsonataEditor::completesFieldPaths()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    JsonataEditor editor;
    editor.setLiveCheck(false);
    editor.setFieldPaths({ "customer", "customer.email", "customer.firstName", "customer.lastName",
                           "items", "items.sku", "items.quantity", "status" });
    editor.setText(text);
    editor.setCursorPosition(0, int(text.size()));
    QCOMPARE(editor.completionsAtCursor(), expected);
}

void TestJsonataEditor::choosingACompletionReplacesThePrefix()
{
    JsonataEditor editor;
    editor.setLiveCheck(false);
    editor.setText(QStringLiteral("$upp"));
    editor.setCursorPosition(0, 4);
    emit editor.userListActivated(1, QStringLiteral("$uppercase"));
    QCOMPARE(editor.text(), QStringLiteral("$uppercase("));
}

void TestJsonataEditor::underlinesSyntaxError()
{
    JsonataEditor editor;
    QSignalSpy spy(&editor, &JsonataEditor::diagnosticChanged);
    editor.setText(QStringLiteral("customer.name & )"));
    editor.checkNow();
    QVERIFY(!editor.diagnostic().isEmpty());
    QCOMPARE(spy.count(), 1);
    // The message carries the engine's code, as jsonata-js reports it.
    QVERIFY2(editor.diagnostic().startsWith(u'S'), qPrintable(editor.diagnostic()));
    const auto range = editor.diagnosticRange();
    QVERIFY(range.first >= 0);
    QVERIFY(range.second > range.first);
    QVERIFY(range.second <= 17);
}

void TestJsonataEditor::clearsErrorWhenFixed()
{
    JsonataEditor editor;
    editor.setText(QStringLiteral("a + "));
    editor.checkNow();
    QVERIFY(!editor.diagnostic().isEmpty());
    editor.setText(QStringLiteral("a + 1"));
    editor.checkNow();
    QVERIFY(editor.diagnostic().isEmpty());
    QCOMPARE(editor.diagnosticRange().first, -1);
}

QTEST_MAIN(TestJsonataEditor)
#include "tst_jsonataeditor.moc"
