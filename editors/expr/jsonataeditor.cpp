#include "jsonataeditor.h"

#include "jsonatafunctions.h"
#include "jsonatalexer.h"
#include "jsonatatokens.h"
#include "model/expr/jsonata.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QToolTip>

namespace Flowsmith {

namespace {

enum CompletionListId { CompletionList = 1 };

bool isPathChar(char c)
{
    return c == '$' || c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

} // namespace

JsonataEditor::JsonataEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new JsonataLexer(this))
    , m_checkTimer(new QTimer(this))
{
    setUtf8(true);
    setLexer(m_lexer);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setWrapMode(QsciScintilla::WrapWord);
    setMarginWidth(1, 0);
    setAutoCompletionSource(QsciScintilla::AcsNone);
    setCallTipsStyle(QsciScintilla::CallTipsNoContext);

    m_errorIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator);
    setIndicatorForegroundColor(QColor(0xd0, 0x20, 0x20), m_errorIndicator);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &JsonataEditor::checkNow);
    connect(this, &QsciScintilla::textChanged, this, [this] {
        if (m_liveCheck)
            m_checkTimer->start();
    });
    connect(this, &QsciScintilla::SCN_CHARADDED, this, &JsonataEditor::onCharAdded);
    connect(this, &QsciScintilla::userListActivated, this, &JsonataEditor::onCompletionChosen);

    viewport()->installEventFilter(this);
}

void JsonataEditor::setFieldPaths(const QStringList &paths)
{
    m_fieldPaths = paths;
}

void JsonataEditor::setVariables(const QStringList &names)
{
    m_variables = names;
}

void JsonataEditor::setLiveCheck(bool enabled)
{
    m_liveCheck = enabled;
    if (!enabled) {
        m_checkTimer->stop();
        clearDiagnostic();
    }
}

void JsonataEditor::checkNow()
{
    const QByteArray utf8 = text().toUtf8();
    if (utf8.trimmed().isEmpty()) {
        clearDiagnostic();
        return;
    }
    Expr::Error error;
    const auto expression = Expr::Expression::compile(
        std::string_view(utf8.constData(), size_t(utf8.size())), &error);
    if (expression) {
        clearDiagnostic();
        return;
    }
    setDiagnostic(int(error.position),
                  QStringLiteral("%1: %2").arg(QString::fromStdString(error.code),
                                               QString::fromStdString(error.message)));
}

void JsonataEditor::setDiagnostic(int position, const QString &message)
{
    clearIndicatorRange(0, 0, lines(), 0, m_errorIndicator);
    const QByteArray utf8 = text().toUtf8();
    const int size = int(utf8.size());
    position = std::clamp(position, 0, size);

    // The engine reports the offset at (or just after) the offending token: underline the token
    // that contains or ends there, or one character when there is none (end of input).
    int start = std::max(0, std::min(position, size) - 1);
    int end = std::min(size, start + 1);
    for (const JsonataToken &token : tokenizeJsonata(utf8)) {
        if (token.start <= position && position <= token.start + token.length && token.length > 0) {
            start = token.start;
            end = token.start + token.length;
            break;
        }
    }
    if (size == 0) {
        start = end = 0;
    }
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORFILLRANGE, start, std::max(1, end - start));
    m_diagnosticRange = { start, end };
    if (m_diagnostic != message) {
        m_diagnostic = message;
        emit diagnosticChanged(message);
    }
}

void JsonataEditor::clearDiagnostic()
{
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length());
    m_diagnosticRange = { -1, -1 };
    if (!m_diagnostic.isEmpty()) {
        m_diagnostic.clear();
        emit diagnosticChanged(QString());
    }
}

QStringList JsonataEditor::completionsAtCursor(QString *prefixOut) const
{
    const QByteArray utf8 = text().toUtf8();
    int end = int(SendScintilla(SCI_GETCURRENTPOS));
    end = std::clamp(end, 0, int(utf8.size()));
    int start = end;
    while (start > 0 && isPathChar(utf8[start - 1]))
        --start;
    const QString word = QString::fromUtf8(utf8.mid(start, end - start));

    QStringList candidates;
    QString prefix;
    if (word.startsWith(u'$')) {
        prefix = word;
        for (const JsonataFunctionInfo &function : jsonataFunctions()) {
            if (function.name.startsWith(prefix))
                candidates.append(function.name);
        }
        for (const QString &variable : m_variables) {
            if (variable.startsWith(prefix) && !candidates.contains(variable))
                candidates.append(variable);
        }
    } else {
        const int dot = int(word.lastIndexOf(u'.'));
        const QString parent = dot < 0 ? QString() : word.left(dot);
        prefix = dot < 0 ? word : word.mid(dot + 1);
        for (const QString &path : m_fieldPaths) {
            const QString childPart = parent.isEmpty() ? path : path.mid(parent.size() + 1);
            if (!parent.isEmpty() && !path.startsWith(parent + u'.'))
                continue;
            if (childPart.contains(u'.') || !childPart.startsWith(prefix, Qt::CaseInsensitive))
                continue;
            if (!candidates.contains(childPart))
                candidates.append(childPart);
        }
    }
    candidates.sort(Qt::CaseInsensitive);
    if (prefixOut)
        *prefixOut = prefix;
    return candidates;
}

void JsonataEditor::showCompletions()
{
    const QStringList candidates = completionsAtCursor();
    if (!candidates.isEmpty())
        showUserList(CompletionList, candidates);
}

void JsonataEditor::onCharAdded(int character)
{
    if (character == '$' || character == '.' || isPathChar(char(character)))
        showCompletions();
}

void JsonataEditor::onCompletionChosen(int id, const QString &chosen)
{
    if (id != CompletionList)
        return;
    QString prefix;
    completionsAtCursor(&prefix);
    const int end = int(SendScintilla(SCI_GETCURRENTPOS));
    const int start = end - int(prefix.toUtf8().size());
    SendScintilla(SCI_SETSELECTION, start, end);
    const bool isFunction = chosen.startsWith(u'$')
        && std::any_of(jsonataFunctions().cbegin(), jsonataFunctions().cend(),
                       [&](const JsonataFunctionInfo &f) { return f.name == chosen; });
    replaceSelectedText(isFunction ? chosen + u'(' : chosen);
    if (isFunction) {
        for (const JsonataFunctionInfo &function : jsonataFunctions()) {
            if (function.name == chosen) {
                const QByteArray tip = (function.signature() + u'\n' + function.summary).toUtf8();
                SendScintilla(SCI_CALLTIPSHOW, SendScintilla(SCI_GETCURRENTPOS), tip.constData());
                break;
            }
        }
    }
}

void JsonataEditor::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Space asks for completions explicitly, as in every code editor.
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        showCompletions();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

bool JsonataEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::ToolTip && !m_diagnostic.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint point = viewport()->mapFromGlobal(help->globalPos());
        const long position = SendScintilla(SCI_POSITIONFROMPOINTCLOSE, point.x(), point.y());
        if (position >= m_diagnosticRange.first && position <= m_diagnosticRange.second) {
            QToolTip::showText(help->globalPos(), m_diagnostic, this);
            return true;
        }
    }
    return QsciScintilla::eventFilter(watched, event);
}

} // namespace Flowsmith
