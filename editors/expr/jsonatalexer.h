#pragma once

#include <Qsci/qscilexercustom.h>

namespace Flowsmith {

/// Colours JSONata in a QScintilla editor: operators, function names, strings, numbers,
/// variables, comments and regular expressions (tokenizeJsonata does the splitting).
class JsonataLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    explicit JsonataLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;
    const char *wordCharacters() const override;
    void styleText(int start, int end) override;
};

} // namespace Flowsmith
