#include "editors/source/sourceeditor.h"

#include "editors/source/expressionpane.h"
#include "editors/source/findbar.h"
#include "editors/source/texteditcommand.h"
#include "model/documents/document.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMenu>
#include <QSaveFile>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>

namespace Flowsmith {

namespace {

QFont editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(qMax(font.pointSize(), 10));
    return font;
}

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : DocumentEditor(parent)
    , m_textEdit(new QsciScintilla(this))
    , m_findBar(new FindBar(m_textEdit, this))
    , m_undoStack(new QUndoStack(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_textEdit);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    setFocusProxy(m_textEdit);

    configureTextEdit();

    connect(m_textEdit, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int modificationType, const char *, int, int, int, int, int, int,
                   int) { onScintillaModified(position, modificationType); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void SourceEditor::configureTextEdit()
{
    QsciScintilla *e = m_textEdit;
    e->setUtf8(true);
    e->setFont(editorFont());
    e->setMarginsFont(editorFont());
    e->setMarginType(0, QsciScintilla::NumberMargin);
    e->setMarginLineNumbers(0, true);
    e->setMarginWidth(0, QStringLiteral("00000"));
    e->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    e->setCaretLineVisible(true);
    e->setCaretLineBackgroundColor(QColor(0xee, 0xf3, 0xfb));
    e->setIndentationsUseTabs(false);
    e->setTabWidth(2);
    e->setAutoIndent(true);
    e->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    e->setFrameShape(QFrame::NoFrame);

    // Undo and redo belong to the window's Edit menu (a QUndoGroup over every tab's stack):
    // Scintilla must not handle their keys itself, or the text and the stack drift apart.
    for (QsciCommand::Command id : { QsciCommand::Undo, QsciCommand::Redo }) {
        if (QsciCommand *command = e->standardCommands()->find(id)) {
            command->setKey(0);
            command->setAlternateKey(0);
        }
    }
    // Its built-in context menu calls Scintilla's undo directly; ours uses the stack.
    e->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(e, &QWidget::customContextMenuRequested, this, &SourceEditor::showContextMenu);
}

QsciLexer *SourceEditor::createLexer(const QString &fileName, QObject *parent)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QsciLexer *lexer = nullptr;
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        lexer = new QsciLexerYAML(parent);
    else if (suffix == QLatin1String("json") || suffix == QLatin1String("ndjson"))
        lexer = new QsciLexerJSON(parent);
    if (lexer) {
        lexer->setDefaultFont(editorFont());
        lexer->setFont(editorFont(), -1);
    }
    return lexer;
}

bool SourceEditor::load(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    setFilePath(QFileInfo(path).absoluteFilePath());

    m_loading = true;
    if (QsciLexer *old = m_textEdit->lexer()) {
        m_textEdit->setLexer(nullptr);
        old->deleteLater();
    }
    if (QsciLexer *lexer = createLexer(path, m_textEdit))
        m_textEdit->setLexer(lexer);
    else
        m_textEdit->setFont(editorFont());
    m_textEdit->setEolMode(bytes.contains("\r\n") ? QsciScintilla::EolWindows
                                                  : QsciScintilla::EolUnix);
    m_textEdit->setText(QString::fromUtf8(bytes));
    m_textEdit->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_textEdit->SendScintilla(QsciScintillaBase::SCI_SETSAVEPOINT);
    m_loading = false;

    m_undoStack->clear();
    m_undoStack->setClean();

    // Project YAML holds JSONata (conditions, mapping rules, test assertions): give it an
    // editor of its own under the text.
    const bool yaml = path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"));
    if (yaml && !m_expressionPane) {
        m_expressionPane = new ExpressionPane(m_textEdit, m_splitter);
        m_splitter->addWidget(m_expressionPane);
        m_splitter->setStretchFactor(0, 5);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setSizes({ 600, 110 });
    } else if (!yaml && m_expressionPane) {
        delete m_expressionPane;
        m_expressionPane = nullptr;
    }
    if (m_expressionPane)
        m_expressionPane->updateFromCursor();
    return true;
}

void SourceEditor::setFollowingDocument(Document *document)
{
    if (document == m_document)
        return;
    delete m_document;
    m_document = document;
    if (m_document)
        m_document->setParent(this);
    m_loadError.clear();
}

bool SourceEditor::loadDocument()
{
    if (!m_document)
        return false;
    FileError error;
    const bool loaded = m_document->load(filePath(), &error);
    m_loadError = loaded ? QString() : error.toString();
    return loaded;
}

bool SourceEditor::save(QString *errorMessage)
{
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot write: %2").arg(filePath(), file.errorString());
        return false;
    }
    // A save point also ends Scintilla's coalescing of typing, so the next keystroke starts a
    // new undo action (and command) instead of silently extending the saved one.
    m_textEdit->SendScintilla(QsciScintillaBase::SCI_SETSAVEPOINT);
    m_undoStack->setClean();
    emit saved(filePath());
    return true;
}

QString SourceEditor::text() const
{
    return m_textEdit->text();
}

void SourceEditor::showFind()
{
    m_findBar->activate();
}

void SourceEditor::jumpTo(int line, int column)
{
    if (line <= 0)
        return;
    const int lineIndex = qMin(line - 1, qMax(0, m_textEdit->lines() - 1));
    const int columnIndex = qMax(0, column - 1);
    m_textEdit->setCursorPosition(lineIndex, columnIndex);
    m_textEdit->ensureLineVisible(lineIndex);
    m_textEdit->setFocus();
}

void SourceEditor::onScintillaModified(int position, int modificationType)
{
    Q_UNUSED(position);
    if (m_loading)
        return;
    constexpr int textChange
        = QsciScintillaBase::SC_MOD_INSERTTEXT | QsciScintillaBase::SC_MOD_DELETETEXT;
    // Edits replayed by undo/redo carry SC_PERFORMED_UNDO/REDO; only a user edit that opens a
    // new Scintilla undo action becomes a command.
    if (!(modificationType & textChange)
        || !(modificationType & QsciScintillaBase::SC_PERFORMED_USER)
        || !(modificationType & QsciScintillaBase::SC_STARTACTION))
        return;
    m_undoStack->push(new TextEditCommand(m_textEdit, tr("Edit text")));
}

void SourceEditor::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *undo = m_undoStack->createUndoAction(&menu, tr("Undo"));
    QAction *redo = m_undoStack->createRedoAction(&menu, tr("Redo"));
    menu.addAction(undo);
    menu.addAction(redo);
    menu.addSeparator();
    QAction *cut = menu.addAction(tr("Cut"), m_textEdit, &QsciScintilla::cut);
    QAction *copy = menu.addAction(tr("Copy"), m_textEdit, &QsciScintilla::copy);
    menu.addAction(tr("Paste"), m_textEdit, &QsciScintilla::paste);
    menu.addSeparator();
    menu.addAction(tr("Select All"), m_textEdit, [this] { m_textEdit->selectAll(); });
    menu.addAction(tr("Find…"), this, &SourceEditor::showFind);
    cut->setEnabled(m_textEdit->hasSelectedText());
    copy->setEnabled(m_textEdit->hasSelectedText());
    menu.exec(m_textEdit->mapToGlobal(pos));
}

} // namespace Flowsmith
