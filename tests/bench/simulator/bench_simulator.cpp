// Messages per second and peak memory of the simulator on the reference flow of issue 6:
// source → filter → map of 10 fields → choice with 3 cases → sinks.

#include "model/core/flow.h"
#include "simulator/simulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Flowsmith;

namespace {

const char referenceFlow[] = R"(flowsmith: 1
id: reference
name: Reference flow
nodes:
  - id: receive
    type: source.http
    at: [0, 0]
    config: {method: POST, path: /orders}
  - id: paid
    type: route.filter
    at: [200, 0]
    config: {condition: status = "paid"}
  - id: map
    type: transform.map
    at: [400, 0]
    config:
      expression: '{"id": orderId, "customer": $uppercase(customer.lastName) & ", " & customer.firstName, "email": $lowercase(customer.email), "total": $round(total, 2), "currency": currency, "lines": $count(items), "quantity": $sum(items.quantity), "country": address.country, "city": address.city, "priority": total > 500}'
  - id: route
    type: route.choice
    at: [600, 0]
    config:
      cases:
        - {id: big, condition: total > 500}
        - {id: domestic, condition: country = "GB"}
        - {id: eu, condition: 'country in ["DE", "FR", "NL"]'}
  - id: big-sink
    type: sink.log
    at: [800, 0]
  - id: domestic-sink
    type: sink.log
    at: [800, 100]
  - id: eu-sink
    type: sink.log
    at: [800, 200]
  - id: other-sink
    type: sink.log
    at: [800, 300]
edges:
  - {from: receive.out, to: paid.in}
  - {from: paid.out, to: map.in}
  - {from: map.out, to: route.in}
  - {from: route.big, to: big-sink.in}
  - {from: route.domestic, to: domestic-sink.in}
  - {from: route.eu, to: eu-sink.in}
  - {from: route.otherwise, to: other-sink.in}
)";

Sim::Json order(std::uint64_t i)
{
    static const char *const countries[] = { "GB", "DE", "FR", "NL", "US", "GB", "ES" };
    Sim::Json items = Sim::Json::array();
    for (std::uint64_t line = 0; line <= i % 3; ++line)
        items.push_back({ { "sku", "SKU-" + std::to_string(line) }, { "quantity", 1 + line } });
    return { { "orderId", "A-" + std::to_string(i) },
             { "status", i % 10 == 0 ? "pending" : "paid" },
             { "customer",
               { { "firstName", "John" },
                 { "lastName", "Smith" },
                 { "email", "John.Smith@Example.com" } } },
             { "total", double(i % 1000) + 0.5 },
             { "currency", "GBP" },
             { "items", items },
             { "address", { { "country", countries[i % 7] }, { "city", "Leeds" } } } };
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<std::uint64_t> counts;
    for (const QString &argument : app.arguments().mid(1))
        counts.append(argument.toULongLong());
    if (counts.isEmpty())
        counts = { 100'000, 1'000'000 };

    FileError error;
    const auto flow
        = Flow::fromYaml(QByteArray(referenceFlow), QStringLiteral("reference.flow.yaml"), &error);
    if (!flow) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    QTemporaryDir project;

    std::printf("%12s %12s %14s %14s %16s\n", "messages", "seconds", "messages/s", "received",
                "peak RSS (MiB)");
    double firstPerMessage = 0;
    for (const std::uint64_t count : counts) {
        Sim::Simulation simulation;
        if (!simulation.load(*flow, project.path(), QStringLiteral("reference.flow.yaml"),
                             &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 2;
        }
        simulation.setKeepTrace(false);
        simulation.setKeepRecords(false);
        std::uint64_t received = 0;
        simulation.setRecordHandler([&](const Sim::SinkRecord &) { ++received; });

        QElapsedTimer timer;
        timer.start();
        QString message;
        for (std::uint64_t i = 0; i < count; ++i) {
            Sim::Message input;
            input.body = order(i);
            if (!simulation.inject(QStringLiteral("receive"), std::move(input), &message)) {
                std::fprintf(stderr, "message %llu: %s\n", static_cast<unsigned long long>(i),
                             qPrintable(message));
                return 1;
            }
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double perMessage = seconds / double(count);
        if (firstPerMessage == 0)
            firstPerMessage = perMessage;
        std::printf("%12llu %12.2f %14.0f %14llu %16.1f   time per message ×%.2f of the first\n",
                    static_cast<unsigned long long>(count), seconds, double(count) / seconds,
                    static_cast<unsigned long long>(received), double(peakRssKiB()) / 1024.0,
                    perMessage / firstPerMessage);
    }
    return 0;
}
