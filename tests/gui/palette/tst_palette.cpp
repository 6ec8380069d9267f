#include "editors/palette/nodetypemodel.h"
#include "editors/palette/palettedock.h"
#include "editors/palette/palettewidget.h"
#include "editors/palette/quickaddpopup.h"
#include "model/core/nodecatalog.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Flowsmith;

namespace {

QModelIndex findType(QAbstractItemModel *model, const QString &typeId,
                     const QModelIndex &parent = QModelIndex())
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(NodeTypeModel::TypeIdRole).toString() == typeId)
            return index;
        const QModelIndex inside = findType(model, typeId, index);
        if (inside.isValid())
            return inside;
    }
    return QModelIndex();
}

/// A double-click as a mouse delivers it: press, release, double-click, release. (QTest's
/// mouseDClick in Qt 6.4 skips the first release, and item views then ignore it.)
void doubleClick(QWidget *viewport, const QPoint &pos)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pos);
    QMouseEvent event(QEvent::MouseButtonDblClick, pos, viewport->mapToGlobal(pos), Qt::LeftButton,
                      Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &event);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pos);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// What the palette offers: every catalog type but the foreign ones, which only an import
/// creates.
QStringList allTypeIds()
{
    QStringList ids;
    for (const NodeType &type : NodeCatalog::instance().types()) {
        if (type.category != NodeCategory::Foreign)
            ids.append(type.id);
    }
    return ids;
}

} // namespace

class tst_Palette : public QObject
{
    Q_OBJECT

private slots:
    void filter_data();
    void filter();
    void categoriesFollowTheFilter();
    void groupedByCategoryWithIcons();
    void dragCarriesTheTypeId();
    void doubleClickActivates();
    void keyboardOnly();
    void quickAddFilterAndEnter_data();
    void quickAddFilterAndEnter();
    void quickAddArrowsAndDoubleClick();
    void quickAddEscapeCloses();
};

void tst_Palette::filter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("empty shows everything") << QString() << allTypeIds();
    QTest::addRow("display name") << QStringLiteral("filter")
                                  << QStringList { QStringLiteral("route.filter") };
    QTest::addRow("id, any case") << QStringLiteral("ROUTE.CH")
                                  << QStringList { QStringLiteral("route.choice") };
    QTest::addRow("description") << QStringLiteral(
        "kafka") << QStringList { QStringLiteral("source.topic"), QStringLiteral("sink.topic") };
    QTest::addRow("every word must match")
        << QStringLiteral("mask personal") << QStringList { QStringLiteral("security.mask") };
    QTest::addRow("name and id") << QStringLiteral("http")
                                 << QStringList { QStringLiteral("source.http"),
                                                  QStringLiteral("sink.http"),
                                                  QStringLiteral("sink.reply") };
    QTest::addRow("json schema") << QStringLiteral("schema")
                                 << QStringList { QStringLiteral("quality.validate") };
    QTest::addRow("surrounding blanks")
        << QStringLiteral("  timer ") << QStringList { QStringLiteral("source.timer") };
    QTest::addRow("nothing") << QStringLiteral("zzzz") << QStringList();
}

void tst_Palette::filter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    PaletteWidget palette;
    palette.show();
    // Typed, as a user does, so that the search field drives the filter.
    QTest::keyClicks(palette.searchField(), query);
    QCOMPARE(palette.searchField()->text(), query);
    QCOMPARE(sorted(palette.visibleTypeIds()), sorted(expected));
    if (!expected.isEmpty()) {
        // The first match is current, ready for Enter.
        QCOMPARE(palette.view()->currentIndex().data(NodeTypeModel::TypeIdRole).toString(),
                 palette.visibleTypeIds().constFirst());
    }
}

void tst_Palette::categoriesFollowTheFilter()
{
    PaletteWidget palette;
    QAbstractItemModel *model = palette.view()->model();
    const int categories = model->rowCount();
    QVERIFY(categories >= 7);
    palette.setFilterText(QStringLiteral("kafka"));
    QCOMPARE(model->rowCount(), 2); // Sources and Sinks only
    QVERIFY(palette.view()->isExpanded(model->index(0, 0)));
    palette.setFilterText(QString());
    QCOMPARE(model->rowCount(), categories);
}

void tst_Palette::groupedByCategoryWithIcons()
{
    PaletteWidget palette;
    QAbstractItemModel *model = palette.view()->model();
    const QModelIndex sources = model->index(0, 0);
    QCOMPARE(sources.data().toString(), QStringLiteral("Sources"));
    QVERIFY(sources.data(NodeTypeModel::TypeIdRole).toString().isEmpty());
    QCOMPARE(model->rowCount(sources), NodeCatalog::instance().types(NodeCategory::Source).size());
    const QModelIndex http = findType(model, QStringLiteral("source.http"));
    QCOMPARE(http.parent(), sources);
    QCOMPARE(http.data().toString(), QStringLiteral("HTTP in"));
    const QIcon icon = http.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(20, 20).isNull()); // the SVG from the resources loads
    QVERIFY(http.data(Qt::ToolTipRole).toString().contains(QStringLiteral("source.http")));
}

void tst_Palette::dragCarriesTheTypeId()
{
    PaletteWidget palette;
    QAbstractItemModel *model = palette.view()->model();
    QVERIFY(palette.view()->dragEnabled());
    const QModelIndex map = findType(model, QStringLiteral("transform.map"));
    QVERIFY(map.isValid());
    QVERIFY(model->flags(map) & Qt::ItemIsDragEnabled);
    QVERIFY(model->mimeTypes().contains(QStringLiteral("application/x-flowsmith-node-type")));
    std::unique_ptr<QMimeData> data(model->mimeData({ map }));
    QVERIFY(data);
    QCOMPARE(data->data(QStringLiteral("application/x-flowsmith-node-type")),
             QByteArray("transform.map"));
    QVERIFY(model->supportedDragActions() & Qt::CopyAction);

    // A category is not a node type: it cannot be dragged and carries nothing.
    const QModelIndex category = model->index(0, 0);
    QVERIFY(!(model->flags(category) & Qt::ItemIsDragEnabled));
    QVERIFY(!model->mimeData({ category }));
}

void tst_Palette::doubleClickActivates()
{
    PaletteWidget palette;
    palette.resize(300, 700);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy activated(&palette, &PaletteWidget::typeActivated);
    QTreeView *view = palette.view();
    const QModelIndex filter = findType(view->model(), QStringLiteral("route.filter"));
    view->scrollTo(filter);
    const QPoint centre = view->visualRect(filter).center();
    doubleClick(view->viewport(), centre);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("route.filter"));

    // A category header adds nothing.
    doubleClick(view->viewport(), view->visualRect(view->model()->index(0, 0)).center());
    QCOMPARE(activated.count(), 1);
}

void tst_Palette::keyboardOnly()
{
    PaletteDock dock;
    dock.show();
    dock.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dock));
    PaletteWidget *palette = dock.palette();
    QSignalSpy activated(palette, &PaletteWidget::typeActivated);
    palette->searchField()->setFocus();

    // Search, Enter: the first match.
    QTest::keyClicks(palette->searchField(), QStringLiteral("valid"));
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toString(), QStringLiteral("quality.validate"));

    // Down into the list, Down again, Enter.
    palette->searchField()->clear();
    QTest::keyClicks(palette->searchField(), QStringLiteral("topic"));
    QTest::keyClick(palette->searchField(), Qt::Key_Down);
    QVERIFY(palette->view()->hasFocus());
    QTest::keyClick(palette->view(), Qt::Key_Down);
    QTest::keyClick(palette->view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toString(), QStringLiteral("sink.topic"));

    // Typing in the list goes on searching; Escape in the search field clears it.
    QTest::keyClick(palette->view(), Qt::Key_S);
    QCOMPARE(palette->searchField()->text(), QStringLiteral("topics"));
    QVERIFY(palette->searchField()->hasFocus());
    QTest::keyClick(palette->searchField(), Qt::Key_Escape);
    QVERIFY(palette->searchField()->text().isEmpty());
    QCOMPARE(palette->visibleTypeIds().size(), allTypeIds().size());
}

void tst_Palette::quickAddFilterAndEnter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("chosen");
    QTest::addRow("name") << QStringLiteral("aggregate") << QStringLiteral("route.aggregate");
    QTest::addRow("id") << QStringLiteral("sink.log") << QStringLiteral("sink.log");
    QTest::addRow("two words") << QStringLiteral("catch fail") << QStringLiteral("error.catch");
}

void tst_Palette::quickAddFilterAndEnter()
{
    QFETCH(QString, query);
    QFETCH(QString, chosen);
    QuickAddPopup popup;
    QSignalSpy spy(&popup, &QuickAddPopup::typeChosen);
    popup.popup(QPoint(40, 60));
    QVERIFY(popup.isVisible());
    QVERIFY(popup.windowFlags() & Qt::Popup);
    QCOMPARE(popup.visibleTypeIds().size(), allTypeIds().size());
    QTest::keyClicks(popup.searchField(), query);
    QCOMPARE(popup.visibleTypeIds(), QStringList { chosen });
    QTest::keyClick(popup.searchField(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), chosen);
    QVERIFY(!popup.isVisible());

    // Shown again, it starts from scratch.
    popup.popup(QPoint(40, 60));
    QVERIFY(popup.searchField()->text().isEmpty());
    QCOMPARE(popup.visibleTypeIds().size(), allTypeIds().size());
    popup.hide();
}

void tst_Palette::quickAddArrowsAndDoubleClick()
{
    QuickAddPopup popup;
    QSignalSpy spy(&popup, &QuickAddPopup::typeChosen);
    popup.popup(QPoint(10, 10));
    QTest::keyClicks(popup.searchField(), QStringLiteral("topic"));
    QCOMPARE(popup.currentTypeId(), QStringLiteral("source.topic"));
    QTest::keyClick(popup.searchField(), Qt::Key_Down);
    QCOMPARE(popup.currentTypeId(), QStringLiteral("sink.topic"));
    QTest::keyClick(popup.searchField(), Qt::Key_Down); // stays on the last
    QCOMPARE(popup.currentTypeId(), QStringLiteral("sink.topic"));
    QTest::keyClick(popup.searchField(), Qt::Key_Up);
    QCOMPARE(popup.currentTypeId(), QStringLiteral("source.topic"));

    // No match: Enter chooses nothing and the popup stays.
    popup.searchField()->clear();
    QTest::keyClicks(popup.searchField(), QStringLiteral("zzzz"));
    QTest::keyClick(popup.searchField(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(popup.isVisible());

    popup.searchField()->clear();
    QTest::keyClicks(popup.searchField(), QStringLiteral("split"));
    QVERIFY(QTest::qWaitForWindowExposed(&popup));
    QListView *view = popup.view();
    const QModelIndex split = view->model()->index(0, 0);
    doubleClick(view->viewport(), view->visualRect(split).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("route.split"));
    QVERIFY(!popup.isVisible());
}

void tst_Palette::quickAddEscapeCloses()
{
    QuickAddPopup popup;
    QSignalSpy spy(&popup, &QuickAddPopup::typeChosen);
    popup.popup(QPoint(10, 10));
    QTest::keyClicks(popup.searchField(), QStringLiteral("map"));
    QTest::keyClick(popup.searchField(), Qt::Key_Escape);
    QVERIFY(!popup.isVisible());
    QCOMPARE(spy.count(), 0);
}

QTEST_MAIN(tst_Palette)
#include "tst_palette.moc"
