// Golden directories (tests/data/sim/<case>/): one flow, one input, the NDJSON every sink
// received. One row per folder, so a new case is a new folder.

#include "goldenrun.h"

#include "model/core/jsonloader.h"
#include "model/data/jsonvariant.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Flowsmith;

class tst_SimulatorGolden : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void replay_data() { golden_data(); }
    void replay();
    void seedChangesFaults();

private:
    static QString dataDir() { return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/sim"); }
};

void tst_SimulatorGolden::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir dir(dataDir());
    // Folders with a flow.yaml are golden cases (_project is the test-file fixture).
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 15, "the golden directories are missing");
    for (const QString &name : cases)
        if (QFile::exists(dir.filePath(name + QStringLiteral("/flow.yaml"))))
            QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
}

void tst_SimulatorGolden::golden()
{
    QFETCH(QString, folder);
    const GoldenRun run = GoldenRun::run(folder);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    // FLOWSMITH_GOLDEN_OUT=dir writes what the simulator produced, to review new cases.
    const QByteArray outDir = qgetenv("FLOWSMITH_GOLDEN_OUT");
    if (!outDir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(outDir));
        QFile out(QString::fromLocal8Bit(outDir) + u'/' + QDir(folder).dirName()
                  + QStringLiteral(".ndjson"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(run.records);
    }

    QFile expectedFile(QDir(folder).filePath(QStringLiteral("expected.ndjson")));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
    const QList<QByteArray> expected = expectedFile.readAll().trimmed().split('\n');
    const QList<QByteArray> actual = run.records.trimmed().split('\n');
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        const QByteArray want = expected.value(i);
        const QByteArray got = actual.value(i);
        FileError error;
        const auto wantJson
            = Flowsmith::Json::parse(want, expectedFile.fileName(), &error, { int(i + 1), false });
        QVERIFY2(wantJson || want.isEmpty(), qPrintable(error.toString()));
        const auto gotJson
            = Flowsmith::Json::parse(got, QStringLiteral("actual"), &error, { 1, false });
        const bool same = (want.isEmpty() && got.isEmpty())
            || (wantJson && gotJson && jsonEquals(*wantJson, *gotJson));
        QVERIFY2(same,
                 qPrintable(QStringLiteral("line %1\nexpected: %2\nactual:   %3")
                                .arg(i + 1)
                                .arg(QString::fromUtf8(want), QString::fromUtf8(got))));
    }
}

void tst_SimulatorGolden::replay()
{
    QFETCH(QString, folder);
    const GoldenRun first = GoldenRun::run(folder);
    const GoldenRun second = GoldenRun::run(folder);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY(!first.trace.isEmpty());
    QCOMPARE(second.trace, first.trace);
    QCOMPARE(second.records, first.records);
}

void tst_SimulatorGolden::seedChangesFaults()
{
    // The faults are drawn from the seeded generator: another seed, other failures (these two
    // seeds are known to differ for eight messages at p = 0.5), the same seed, the same bytes.
    const QString folder = dataDir() + QStringLiteral("/faults-replay");
    const GoldenRun seed42 = GoldenRun::run(folder, 42);
    const GoldenRun seed7 = GoldenRun::run(folder, 7);
    QVERIFY2(seed42.error.isEmpty(), qPrintable(seed42.error));
    QVERIFY(seed42.trace != seed7.trace);
    QCOMPARE(GoldenRun::run(folder, 7).trace, seed7.trace);
}

QTEST_GUILESS_MAIN(tst_SimulatorGolden)
#include "tst_simulatorgolden.moc"
