#include "editors/source/expressionpane.h"

#include "editors/expr/jsonataeditor.h"

#include <Qsci/qsciscintilla.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QByteArray lineBytes(QsciScintilla *source, int line, long *lineStart)
{
    *lineStart = source->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    QByteArray bytes = source->text(line).toUtf8();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

} // namespace

ExpressionPane::ExpressionPane(QsciScintilla *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_title(new QLabel(this))
    , m_editor(new JsonataEditor(this))
    , m_applyButton(new QPushButton(tr("Apply"), this))
{
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 6, 2);
    header->addWidget(m_title, 1);
    header->addWidget(m_applyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);
    m_editor->setVariables({ QStringLiteral("$headers") });
    m_editor->setMinimumHeight(56);
    m_applyButton->setToolTip(tr("Write the expression back into the file (Ctrl+Return)"));
    m_applyButton->setEnabled(false);

    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    applyShortcut->setContext(Qt::WidgetShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &ExpressionPane::apply);
    connect(m_applyButton, &QPushButton::clicked, this, &ExpressionPane::apply);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_updating && m_field)
            m_applyButton->setEnabled(m_editor->text() != m_field->expression);
    });
    connect(m_source, &QsciScintilla::cursorPositionChanged, this,
            &ExpressionPane::updateFromCursor);
    connect(m_source, &QsciScintilla::textChanged, this, &ExpressionPane::updateFromCursor);
    updateFromCursor();
}

void ExpressionPane::updateFromCursor()
{
    int line = 0;
    int index = 0;
    m_source->getCursorPosition(&line, &index);
    long lineStart = 0;
    const QByteArray bytes = lineBytes(m_source, line, &lineStart);
    const long cursor = m_source->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS);
    auto field = YamlExpressionField::find(bytes, int(cursor - lineStart));

    // Keep the user's unapplied edit while the cursor stays on the same field.
    if (field && m_field && line == m_line && field->start == m_field->start
        && m_applyButton->isEnabled())
        return;

    m_updating = true;
    m_field = field;
    m_line = field ? line : -1;
    if (field) {
        m_title->setText(tr("JSONata · %1 · line %2").arg(field->key).arg(line + 1));
        m_editor->setText(field->expression);
        m_editor->setReadOnly(m_source->isReadOnly());
        m_editor->checkNow();
    } else {
        m_title->setText(tr("JSONata · put the cursor on a condition, expr or expression "
                            "to edit it here"));
        m_editor->setText(QString());
        m_editor->setReadOnly(true);
    }
    m_applyButton->setEnabled(false);
    m_updating = false;
}

void ExpressionPane::apply()
{
    if (!m_field || m_line < 0 || m_source->isReadOnly())
        return;
    const QByteArray scalar
        = YamlExpressionField::toYamlScalar(m_editor->text(), m_field->inFlowCollection);
    const long lineStart = m_source->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, m_line);
    m_source->SendScintilla(QsciScintillaBase::SCI_SETSEL, lineStart + m_field->start,
                            lineStart + m_field->end);
    m_source->SendScintilla(QsciScintillaBase::SCI_REPLACESEL, scalar.constData());
    m_applyButton->setEnabled(false);
    m_field.reset();
    updateFromCursor();
}

} // namespace Flowsmith
