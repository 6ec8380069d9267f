// Saving an unchanged file gives identical bytes (issue 2, item 3): every model file of the
// golden project and of every example project under resources/examples.

#include "modeltestutils.h"

#include "model/core/jsonloader.h"
#include "model/core/yamlemitter.h"
#include "model/core/yamlloader.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;

class tst_ModelRoundTrip : public QObject
{
    Q_OBJECT

private:
    void addProjectRows(const QString &projectDir, const QString &label)
    {
        QDirIterator it(projectDir, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString &path : paths) {
            const QString relative = QDir(projectDir).relativeFilePath(path);
            const ProjectFileKind kind = Project::kindOf(relative);
            if (Test::isModelFile(kind))
                QTest::addRow("%s/%s", qPrintable(label), qPrintable(relative))
                    << path << int(kind);
        }
    }

    void addAllRows()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        addProjectRows(Test::dataDir() + QStringLiteral("/golden/project"),
                       QStringLiteral("golden"));
        // The example projects are globbed at test time: a new file gets its row.
        const QDir examples(QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples"));
        for (const QString &name : examples.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QFileInfo::exists(examples.filePath(name + QStringLiteral("/flowsmith.yaml"))))
                addProjectRows(examples.filePath(name), name);
    }

private slots:
    void saveUnchanged_data() { addAllRows(); }

    // Load, save into a temporary folder, compare bytes.
    void saveUnchanged()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        FileError error;
        const Test::AnyModelFile file = Test::loadByKind(ProjectFileKind(kind), path, &error);
        QVERIFY2(file.loaded(), qPrintable(error.toString()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString savedPath = dir.filePath(QFileInfo(path).fileName());
        QVERIFY2(file.save(savedPath, &error), qPrintable(error.toString()));
        QCOMPARE(Test::readAll(savedPath), Test::readAll(path));
    }

    void canonicalText_data() { addAllRows(); }

    // The files are also in canonical form: the emitter alone, given the parsed tree,
    // reproduces them. Together with saveUnchanged this shows that the model writes every
    // field back where it was read (an unchanged document compares equal to its source tree
    // through the emitter before the source bytes are reused).
    void canonicalText()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        const QByteArray bytes = Test::readAll(path);
        FileError error;
        if (ProjectFileKind(kind) == ProjectFileKind::Schema) {
            const auto json = Json::parse(bytes, path, &error);
            QVERIFY2(json, qPrintable(error.toString()));
            QCOMPARE(Json::toText(*json), bytes);
            return;
        }
        const auto root = Yaml::parse(bytes, path, &error);
        QVERIFY2(root, qPrintable(error.toString()));
        QCOMPARE(Yaml::toText(*root), bytes);
    }
};

QTEST_GUILESS_MAIN(tst_ModelRoundTrip)
#include "tst_modelroundtrip.moc"
