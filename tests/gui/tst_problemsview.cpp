// The problems dock's table: columns, counts, sorting errors first, activation.

#include "editors/problems/problemsmodel.h"
#include "editors/problems/problemsview.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Flowsmith;

Q_DECLARE_METATYPE(Flowsmith::Problem)

namespace {

Problem makeProblem(const QString &code, Severity severity, const QString &file, int line)
{
    Problem p;
    p.code = code;
    p.severity = severity;
    p.message = QStringLiteral("message of %1").arg(code);
    p.file = file;
    p.position = { line, 3 };
    return p;
}

const ProblemList sample {
    makeProblem(QStringLiteral("FS111"), Severity::Warning, QStringLiteral("flows/b.flow.yaml"), 4),
    makeProblem(QStringLiteral("FS101"), Severity::Error, QStringLiteral("flows/b.flow.yaml"), 20),
    makeProblem(QStringLiteral("FS900"), Severity::Note, QStringLiteral("flowsmith.yaml"), 0),
    makeProblem(QStringLiteral("FS109"), Severity::Error, QStringLiteral("flows/a.flow.yaml"), 7),
};

} // namespace

class tst_ProblemsView : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void counts();
    void summary_data();
    void summary();
    void errorsComeFirst();
    void doubleClickActivates();
};

void tst_ProblemsView::columns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");

    QTest::addRow("severity") << 0 << int(ProblemsModel::SeverityColumn)
                              << QVariant(QStringLiteral("Warning"));
    QTest::addRow("code") << 1 << int(ProblemsModel::CodeColumn)
                          << QVariant(QStringLiteral("FS101"));
    QTest::addRow("message") << 1 << int(ProblemsModel::MessageColumn)
                             << QVariant(QStringLiteral("message of FS101"));
    QTest::addRow("file") << 3 << int(ProblemsModel::FileColumn)
                          << QVariant(QStringLiteral("flows/a.flow.yaml"));
    QTest::addRow("line") << 3 << int(ProblemsModel::LineColumn) << QVariant(7);
    QTest::addRow("no line") << 2 << int(ProblemsModel::LineColumn) << QVariant();
}

void tst_ProblemsView::columns()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, display);
    ProblemsModel model;
    model.setProblems(sample);
    QCOMPARE(model.rowCount(), sample.size());
    QCOMPARE(model.columnCount(), int(ProblemsModel::ColumnCount));
    QCOMPARE(model.data(model.index(row, column), Qt::DisplayRole), display);
    QVERIFY(!model.data(model.index(row, ProblemsModel::SeverityColumn), Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
}

void tst_ProblemsView::counts()
{
    ProblemsModel model;
    model.setProblems(sample);
    QCOMPARE(model.count(Severity::Error), 2);
    QCOMPARE(model.count(Severity::Warning), 1);
    QCOMPARE(model.count(Severity::Note), 1);
}

void tst_ProblemsView::summary_data()
{
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("text");

    QTest::addRow("none") << 0 << 0 << "No problems";
    QTest::addRow("one each") << 1 << 1 << "1 error, 1 warning";
    QTest::addRow("plural") << 3 << 0 << "3 errors, 0 warnings";
}

void tst_ProblemsView::summary()
{
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QString, text);
    ProblemList problems;
    for (int i = 0; i < errors; ++i)
        problems << makeProblem(QStringLiteral("FS101"), Severity::Error, QStringLiteral("f"),
                                i + 1);
    for (int i = 0; i < warnings; ++i)
        problems << makeProblem(QStringLiteral("FS111"), Severity::Warning, QStringLiteral("f"),
                                i + 1);
    ProblemsView view;
    QSignalSpy count(&view, &ProblemsView::countChanged);
    view.setProblems(problems);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.first().first().toInt(), errors + warnings);
    QCOMPARE(view.summary(), text);
}

void tst_ProblemsView::errorsComeFirst()
{
    ProblemsView view;
    view.setProblems(sample);
    QAbstractItemModel *shown = view.view()->model();
    QStringList codes;
    for (int r = 0; r < shown->rowCount(); ++r)
        codes << shown->index(r, ProblemsModel::CodeColumn).data().toString();
    QCOMPARE(codes,
             (QStringList { QStringLiteral("FS109"), QStringLiteral("FS101"),
                            QStringLiteral("FS111"), QStringLiteral("FS900") }));
}

void tst_ProblemsView::doubleClickActivates()
{
    ProblemsView view;
    view.resize(800, 300);
    view.setProblems(sample);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &ProblemsView::problemActivated);
    const QModelIndex index = view.view()->model()->index(1, ProblemsModel::MessageColumn);
    const QPoint center = view.view()->visualRect(index).center();
    // A real double-click starts with a click; the view only activates what was pressed.
    QTest::mouseClick(view.view()->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view.view()->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(activated.count(), 1);
    const auto problem = activated.first().first().value<Problem>();
    QCOMPARE(problem.code, QStringLiteral("FS101"));
    QCOMPARE(problem.position.line, 20);
}

QTEST_MAIN(tst_ProblemsView)
#include "tst_problemsview.moc"
