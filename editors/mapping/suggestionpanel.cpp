#include "suggestionpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

SuggestionPanel::SuggestionPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
    , m_acceptAll(new QPushButton(tr("Accept all"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_list->setHeaderLabels({ tr("Target"), tr("Source"), tr("Why") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Suggest again"), this);
    buttons->addWidget(refresh);
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_acceptAll);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit acceptRequested(currentRow());
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit rejectRequested(currentRow());
    });
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestionPanel::acceptAllRequested);
    connect(refresh, &QPushButton::clicked, this, &SuggestionPanel::refreshRequested);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (currentRow() >= 0)
            emit acceptRequested(currentRow());
    });
    setSuggestions({});
}

void SuggestionPanel::setSuggestions(const QList<MappingSuggestion> &suggestions)
{
    m_list->clear();
    for (const MappingSuggestion &s : suggestions) {
        auto *item = new QTreeWidgetItem(
            m_list,
            { s.targetPath, s.sourcePath,
              QStringLiteral("%1 (%2%)").arg(s.reason).arg(qRound(s.score * 100)) });
        item->setToolTip(0, s.targetPath);
    }
    if (!suggestions.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_note->setText(
        suggestions.isEmpty()
            ? tr("No suggestions: every target field with a similar source name is "
                 "mapped.")
            : tr("%n suggested rule(s) by name similarity.", nullptr, int(suggestions.size())));
    m_accept->setEnabled(!suggestions.isEmpty());
    m_reject->setEnabled(!suggestions.isEmpty());
    m_acceptAll->setEnabled(!suggestions.isEmpty());
}

int SuggestionPanel::currentRow() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

} // namespace Flowsmith
