#include "editors/inspector/configfieldeditor.h"

#include "editors/expr/jsonataeditor.h"
#include "editors/inspector/objectlisteditor.h"
#include "model/core/jsonloader.h"
#include "model/core/project.h"
#include "model/data/jsonvariant.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

bool isStructured(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<QVariantList>()
        || value.metaType() == QMetaType::fromType<QVariantMap>();
}

std::optional<QVariant> parseJson(const QString &text, QString *error)
{
    FileError parseError;
    std::optional<QVariant> value = parseJsonText(text, QString(), &parseError);
    if (!value)
        *error = describeTextError(parseError, text);
    return value;
}

} // namespace

ConfigFieldEditor::ConfigFieldEditor(const ConfigField &field, const Project *project,
                                     QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QWidget *widget = createEditor(project);
    if (!m_editor)
        m_editor = widget;
    m_editor->setObjectName(QStringLiteral("config.") + field.key);
    const QString description
        = QCoreApplication::translate("NodeCatalog", qPrintable(field.description));
    m_editor->setToolTip(description);
    layout->addWidget(widget);
    m_error->setObjectName(QStringLiteral("error.") + field.key);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    layout->addWidget(m_error);
    setFocusProxy(m_editor);
}

QWidget *ConfigFieldEditor::createEditor(const Project *project)
{
    using T = ConfigFieldType;
    switch (m_field.type) {
    case T::Boolean:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::clicked, this, [this](bool checked) {
            m_check->setTristate(false);
            m_mixed = false;
            emit committed(QVariant(checked));
        });
        return m_check;
    case T::Enum: {
        QList<QPair<QString, QString>> choices;
        for (const QString &value : m_field.enumValues)
            choices.append({ value, value });
        return createChoice(choices);
    }
    case T::System: {
        QList<QPair<QString, QString>> choices;
        if (project) {
            for (const SystemInfo &system : project->manifest().systems)
                choices.append({ system.id,
                                 system.name.isEmpty()
                                     ? system.id
                                     : tr("%1 (%2)").arg(system.name, system.id) });
        }
        return createChoice(choices);
    }
    case T::Schema:
    case T::Mapping: {
        QList<QPair<QString, QString>> choices;
        if (project) {
            const auto kind
                = m_field.type == T::Schema ? ProjectFileKind::Schema : ProjectFileKind::Mapping;
            for (const ProjectFile &file : project->files(kind))
                choices.append({ file.id, file.id });
            std::sort(choices.begin(), choices.end());
        }
        QComboBox *combo = createChoice(choices);
        if (m_field.type == T::Schema)
            return combo;
        // A mapping is edited in its own editor: one click away.
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(combo, 1);
        m_openMapping = new QToolButton(box);
        m_openMapping->setObjectName(QStringLiteral("openMapping"));
        m_openMapping->setText(tr("Open mapping"));
        m_openMapping->setToolTip(tr("Open this mapping in the mapping editor"));
        m_openMapping->setEnabled(false);
        row->addWidget(m_openMapping);
        connect(m_openMapping, &QToolButton::clicked, this, [this] {
            const QString id = m_combo->currentData().toString();
            if (!id.isEmpty())
                emit openMappingRequested(id);
        });
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_openMapping->setEnabled(!m_combo->currentData().toString().isEmpty());
        });
        box->setFocusProxy(combo);
        m_editor = combo;
        return box;
    }
    case T::Expression: {
        m_expression = new JsonataEditor(this);
        m_expression->setVariables({ QStringLiteral("headers") });
        const int line = m_expression->fontMetrics().height();
        m_expression->setMinimumHeight(line * 3 + 8);
        m_expression->setMaximumHeight(line * 6 + 8);
        m_expression->installEventFilter(this);
        m_expression->viewport()->installEventFilter(this);
        return m_expression;
    }
    case T::ObjectList:
        m_objects = new ObjectListEditor(m_field, this);
        connect(m_objects, &ObjectListEditor::edited, this, [this] {
            const QVariantList items = m_objects->items();
            m_mixed = false;
            emit committed(items.isEmpty() ? std::nullopt : std::optional<QVariant>(items));
        });
        return m_objects;
    case T::Text:
    case T::Object: {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        if (m_field.type != T::Text) {
            m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            m_text->setPlaceholderText(m_field.type == T::Object ? tr("JSON object")
                                                                 : tr("JSON list of objects"));
        }
        m_text->installEventFilter(this);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ConfigFieldEditor::fitTextHeight);
        fitTextHeight();
        return m_text;
    }
    case T::StringList:
    case T::String:
    case T::Number:
    case T::Integer:
        break;
    }
    m_line = new QLineEdit(this);
    if (m_field.type == T::StringList)
        m_line->setPlaceholderText(tr("comma-separated"));
    if (m_field.defaultValue.isValid())
        m_line->setPlaceholderText(tr("default: %1").arg(format(m_field, m_field.defaultValue)));
    connect(m_line, &QLineEdit::editingFinished, this, &ConfigFieldEditor::commitText);
    return m_line;
}

void ConfigFieldEditor::fitTextHeight()
{
    // As tall as the text, within reason: a form of several JSON fields must stay readable.
    const int lines = std::clamp(m_text->blockCount() + 1, 3, 12);
    const int margins = 2 * (m_text->frameWidth() + int(m_text->document()->documentMargin()));
    m_text->setFixedHeight(lines * m_text->fontMetrics().lineSpacing() + margins);
}

QComboBox *ConfigFieldEditor::createChoice(const QList<QPair<QString, QString>> &choices)
{
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    m_combo->setPlaceholderText(tr("Several values")); // shown while nothing is current
    const QString unset = m_field.defaultValue.isValid()
        ? tr("(default: %1)").arg(m_field.defaultValue.toString())
        : tr("(not set)");
    m_combo->addItem(unset, QString());
    for (const auto &[id, label] : choices)
        m_combo->addItem(label, id);
    // activated: only what the user picks, never what setValue() shows.
    connect(m_combo, &QComboBox::activated, this, &ConfigFieldEditor::commitChoice);
    return m_combo;
}

QString ConfigFieldEditor::format(const ConfigField &field, const QVariant &value)
{
    if (!value.isValid())
        return QString();
    if (field.type == ConfigFieldType::StringList
        && value.metaType() == QMetaType::fromType<QVariantList>()) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(item.toString());
        return items.join(QStringLiteral(", "));
    }
    if (isStructured(value)) {
        return QString::fromUtf8(Json::toText(toJson(value))).trimmed();
    }
    if (value.metaType() == QMetaType::fromType<bool>())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

std::optional<QVariant> ConfigFieldEditor::parse(const ConfigField &field, const QString &text,
                                                 bool *ok, bool structured)
{
    using T = ConfigFieldType;
    *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QString error;
    switch (field.type) {
    case T::Integer: {
        const qint64 number = trimmed.toLongLong(ok);
        return *ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case T::Number: {
        const qint64 integer = trimmed.toLongLong(ok);
        if (*ok)
            return QVariant(integer);
        const double number = trimmed.toDouble(ok);
        return *ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case T::Boolean:
        *ok = trimmed == QLatin1String("true") || trimmed == QLatin1String("false");
        return *ok ? std::optional<QVariant>(trimmed == QLatin1String("true")) : std::nullopt;
    case T::StringList: {
        QVariantList items;
        for (const QString &item : trimmed.split(u','))
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        return items.isEmpty() ? std::nullopt : std::optional<QVariant>(items);
    }
    case T::ObjectList:
    case T::Object: {
        const std::optional<QVariant> value = parseJson(trimmed, &error);
        const bool list = field.type == T::ObjectList;
        *ok = value
            && value->metaType()
                == (list ? QMetaType::fromType<QVariantList>()
                         : QMetaType::fromType<QVariantMap>());
        return *ok ? value : std::nullopt;
    }
    case T::Text:
        // A body written as JSON stays structured; anything else is text.
        if (structured || trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
            if (const std::optional<QVariant> value = parseJson(trimmed, &error))
                return value;
            *ok = !structured;
        }
        return *ok ? std::optional<QVariant>(text) : std::nullopt;
    case T::String:
    case T::Enum:
    case T::System:
    case T::Mapping:
    case T::Schema:
    case T::Expression:
        break;
    }
    return QVariant(trimmed);
}

void ConfigFieldEditor::setValue(const QVariant &value, bool mixed)
{
    m_mixed = mixed;
    m_structured = isStructured(value);
    m_error->hide();
    const QString text = mixed ? QString() : format(m_field, value);
    m_shownText = text;
    if (m_check) {
        m_check->setTristate(mixed);
        m_check->setCheckState(mixed ? Qt::PartiallyChecked
                                     : (value.toBool() ? Qt::Checked : Qt::Unchecked));
        return;
    }
    if (m_objects) {
        m_objects->setItems(mixed ? QVariantList() : value.toList());
        m_objects->setEnabled(!mixed); // one table cannot show several lists
        return;
    }
    if (m_combo) {
        if (mixed) {
            m_combo->setCurrentIndex(-1);
            return;
        }
        int index = m_combo->findData(text);
        if (index < 0) {
            // Keep a value the project does not know: the validator reports it, the form
            // must not silently replace it.
            m_combo->addItem(tr("%1 (not in the project)").arg(text), text);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
        return;
    }
    const QString placeholder = tr("Several values");
    if (m_line) {
        if (mixed)
            m_line->setPlaceholderText(placeholder);
        if (m_line->text() != text) {
            m_line->setText(text);
            m_line->setCursorPosition(0);
        }
    } else if (m_text) {
        if (mixed)
            m_text->setPlaceholderText(placeholder);
        if (m_text->toPlainText() != text)
            m_text->setPlainText(text);
    } else if (m_expression) {
        if (m_expression->text() != text)
            m_expression->setText(text);
    }
}

QString ConfigFieldEditor::currentText() const
{
    if (m_line)
        return m_line->text();
    if (m_text)
        return m_text->toPlainText();
    if (m_expression)
        return m_expression->text();
    return QString();
}

void ConfigFieldEditor::commitText()
{
    const QString text = currentText();
    if (text == m_shownText)
        return;
    bool ok = false;
    const std::optional<QVariant> value = parse(m_field, text, &ok, m_structured);
    if (!ok) {
        switch (m_field.type) {
        case ConfigFieldType::Integer:
            showError(tr("Not a whole number."));
            break;
        case ConfigFieldType::Number:
            showError(tr("Not a number."));
            break;
        case ConfigFieldType::ObjectList:
            showError(tr("Not a JSON list of objects."));
            break;
        case ConfigFieldType::Object:
            showError(tr("Not a JSON object."));
            break;
        default:
            showError(tr("Not valid JSON."));
            break;
        }
        return;
    }
    m_error->hide();
    m_shownText = text;
    m_mixed = false;
    emit committed(value);
}

void ConfigFieldEditor::commitChoice()
{
    const QString id = m_combo->currentData().toString();
    m_mixed = false;
    emit committed(id.isEmpty() ? std::nullopt : std::optional<QVariant>(id));
}

void ConfigFieldEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool ConfigFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto *focus = static_cast<QFocusEvent *>(event);
        const QWidget *now = QApplication::focusWidget();
        // The completion list of the JSONata editor takes focus for a moment: not an exit.
        const bool stillInside = now && (now == m_editor || m_editor->isAncestorOf(now));
        if (focus->reason() != Qt::PopupFocusReason && !stillInside)
            commitText();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Flowsmith
