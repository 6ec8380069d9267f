#include "mappingpreview.h"

#include "model/mapping/mappingcompiler.h"
#include "simulator/messageexpression.h"
#include "simulator/samplereader.h"
#include "simulator/simulationerror.h"

#include <QTimer>
#include <QtConcurrent>

namespace Flowsmith {

namespace {

constexpr int MaxRecords = 1000;

QString shortText(const MappingPreview::Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    QString text = QString::fromStdString(value.dump());
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("…");
    return text;
}

void flatten(const MappingPreview::Json &value, const QString &path, QHash<QString, QString> &out)
{
    if (!path.isEmpty())
        out.insert(path, shortText(value));
    if (value.is_object())
        for (auto it = value.begin(); it != value.end(); ++it)
            flatten(it.value(),
                    path.isEmpty() ? QString::fromStdString(it.key())
                                   : path + u'.' + QString::fromStdString(it.key()),
                    out);
    // Array elements: the first one stands for its fields.
    if (value.is_array() && !value.empty() && value.front().is_object())
        for (auto it = value.front().begin(); it != value.front().end(); ++it)
            flatten(it.value(), path + u'.' + QString::fromStdString(it.key()), out);
}

// Runs `text` on the record: the value, or an error message.
std::optional<MappingPreview::Json> evaluate(const QString &text,
                                             const MappingPreview::Json &record, QString *error)
{
    QString compileError;
    const auto expression = Sim::MessageExpression::compile(text, &compileError);
    if (expression.isNull()) {
        *error = compileError;
        return std::nullopt;
    }
    Sim::Message message;
    message.body = record;
    try {
        return expression.evaluate(message);
    } catch (const Sim::SimulationError &failure) {
        *error = failure.message;
    } catch (const std::exception &failure) {
        *error = QString::fromUtf8(failure.what());
    }
    return std::nullopt;
}

} // namespace

MappingPreview::MappingPreview(QObject *parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &MappingPreview::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_result = m_watcher.result();
        emit updated();
        if (m_pending) {
            m_pending = false;
            start();
        }
    });
}

MappingPreview::~MappingPreview()
{
    m_watcher.waitForFinished();
}

bool MappingPreview::loadSample(const QString &path, QString *error)
{
    Sim::SampleReader reader;
    FileError fileError;
    if (!reader.open(path, &fileError)) {
        if (error)
            *error = fileError.toString();
        return false;
    }
    QList<Json> records;
    Sim::Message message;
    while (records.size() < MaxRecords && reader.next(message, &fileError))
        records.append(message.body);
    if (!fileError.code.isEmpty()) {
        if (error)
            *error = fileError.toString();
        return false;
    }
    m_samplePath = path;
    m_records = records;
    m_record = 0;
    m_debounce->start();
    return true;
}

void MappingPreview::setRecord(int index)
{
    if (m_records.isEmpty())
        return;
    m_record = qBound(0, index, int(m_records.size()) - 1);
    m_debounce->start(0);
}

QString MappingPreview::recordText() const
{
    if (m_records.isEmpty())
        return {};
    return QString::fromStdString(m_records.at(m_record).dump(2));
}

void MappingPreview::setMapping(const Mapping &mapping)
{
    m_mapping = mapping;
    m_debounce->start();
}

bool MappingPreview::isRunning() const
{
    return m_debounce->isActive() || m_watcher.isRunning() || m_pending;
}

void MappingPreview::start()
{
    if (m_records.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    const Mapping mapping = m_mapping;
    const Json record = m_records.at(m_record);
    m_watcher.setFuture(
        QtConcurrent::run([mapping, record] { return MappingPreview::run(mapping, record); }));
}

MappingPreview::Result MappingPreview::run(const Mapping &mapping, const Json &record)
{
    Result result;
    const auto compiled = MappingCompiler::compile(mapping);
    if (compiled.expression.isEmpty()) {
        result.error = compiled.error.message;
    } else {
        QString error;
        const auto value = evaluate(compiled.expression, record, &error);
        if (value) {
            result.output = QString::fromStdString(value->dump(2));
            flatten(*value, QString(), result.values);
        } else if (!error.isEmpty()) {
            result.error = error;
        } else {
            result.output = QStringLiteral("{}");
        }
    }
    // Each rule alone, so that an error lands on its field.
    for (const MappingRule &rule : mapping.rules) {
        Mapping one;
        one.rules = { rule };
        const auto single = MappingCompiler::compile(one);
        QString error = single.error.message;
        if (!single.expression.isEmpty())
            evaluate(single.expression, record, &error);
        if (!error.isEmpty())
            result.errors.insert(rule.target, error);
    }
    return result;
}

} // namespace Flowsmith
