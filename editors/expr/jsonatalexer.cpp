#include "jsonatalexer.h"

#include "jsonatatokens.h"

#include <Qsci/qsciscintilla.h>

#include <QColor>
#include <QFont>
#include <QFontDatabase>

namespace Flowsmith {

JsonataLexer::JsonataLexer(QObject *parent)
    : QsciLexerCustom(parent)
{ }

const char *JsonataLexer::language() const
{
    return "JSONata";
}

QString JsonataLexer::description(int style) const
{
    switch (JsonataTokenKind(style)) {
    case JsonataTokenKind::Default:
        return tr("Default");
    case JsonataTokenKind::Comment:
        return tr("Comment");
    case JsonataTokenKind::String:
        return tr("String");
    case JsonataTokenKind::Number:
        return tr("Number");
    case JsonataTokenKind::Operator:
        return tr("Operator");
    case JsonataTokenKind::Name:
        return tr("Field name");
    case JsonataTokenKind::QuotedName:
        return tr("Quoted field name");
    case JsonataTokenKind::Variable:
        return tr("Variable");
    case JsonataTokenKind::Function:
        return tr("Function");
    case JsonataTokenKind::Keyword:
        return tr("Keyword");
    case JsonataTokenKind::Regex:
        return tr("Regular expression");
    case JsonataTokenKind::Unterminated:
        return tr("Unterminated");
    }
    return {};
}

QColor JsonataLexer::defaultColor(int style) const
{
    switch (JsonataTokenKind(style)) {
    case JsonataTokenKind::Comment:
        return QColor(0x6a, 0x73, 0x7d);
    case JsonataTokenKind::String:
        return QColor(0x0a, 0x7a, 0x3d);
    case JsonataTokenKind::Number:
        return QColor(0x00, 0x5c, 0xc5);
    case JsonataTokenKind::Operator:
        return QColor(0xa3, 0x4a, 0x00);
    case JsonataTokenKind::Name:
        return QColor(0x24, 0x29, 0x2e);
    case JsonataTokenKind::QuotedName:
        return QColor(0x24, 0x29, 0x2e);
    case JsonataTokenKind::Variable:
        return QColor(0x6f, 0x42, 0xc1);
    case JsonataTokenKind::Function:
        return QColor(0x6f, 0x42, 0xc1);
    case JsonataTokenKind::Keyword:
        return QColor(0xd7, 0x3a, 0x49);
    case JsonataTokenKind::Regex:
        return QColor(0x03, 0x2f, 0x62);
    case JsonataTokenKind::Unterminated:
        return QColor(0xcb, 0x24, 0x31);
    case JsonataTokenKind::Default:
        break;
    }
    return QColor(0x24, 0x29, 0x2e);
}

QFont JsonataLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (style == int(JsonataTokenKind::Function) || style == int(JsonataTokenKind::Keyword))
        font.setBold(true);
    if (style == int(JsonataTokenKind::Comment))
        font.setItalic(true);
    return font;
}

const char *JsonataLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
}

void JsonataLexer::styleText(int /*start*/, int /*end*/)
{
    // Expressions are short and a comment or string may open anywhere before the edited
    // range, so the whole text is styled each time; that keeps colouring exact.
    QsciScintilla *scintilla = editor();
    if (!scintilla)
        return;
    const int length = scintilla->length();
    // SCI_GETTEXT writes a terminating NUL after the text.
    QByteArray text(length + 1, '\0');
    scintilla->SendScintilla(QsciScintillaBase::SCI_GETTEXT, length + 1, text.data());
    text.resize(length);

    startStyling(0);
    int position = 0;
    for (const JsonataToken &token : tokenizeJsonata(text)) {
        if (token.start > position)
            setStyling(token.start - position, int(JsonataTokenKind::Default));
        setStyling(token.length, int(token.kind));
        position = token.start + token.length;
    }
    if (position < int(text.size()))
        setStyling(int(text.size()) - position, int(JsonataTokenKind::Default));
}

} // namespace Flowsmith
