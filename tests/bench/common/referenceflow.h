#pragma once

// The reference flow of the simulator issue (source → filter → map of 10 fields → choice with
// 3 cases → sinks) and its orders, shared by the simulator and Node-RED benchmarks so that
// both measure the same work.

#include <cstdint>
#include <string>

namespace Flowsmith::Bench {

inline constexpr char referenceFlow[] = R"(flowsmith: 1
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

/// Order number `i`: every tenth is pending (the filter drops it); totals, countries and line
/// counts cycle so that every case of the choice is taken.
template<typename Json> Json referenceOrder(std::uint64_t i)
{
    static const char *const countries[] = { "GB", "DE", "FR", "NL", "US", "GB", "ES" };
    Json items = Json::array();
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

} // namespace Flowsmith::Bench
