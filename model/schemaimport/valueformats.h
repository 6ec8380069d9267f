#pragma once

#include <QStringView>

namespace Flowsmith::ValueFormats {

// Recognisers for the JSON Schema formats that inference proposes. They are strict on
// purpose: a format is proposed only when every sample value passes, and a false "email"
// on a column of names would mislead the mapper's type checks.

/// RFC 3339 date-time: 2026-11-26T19:53:15Z, 2026-11-26T19:53:15.5+01:00.
bool isDateTime(QStringView text);
/// RFC 3339 full-date that exists in the calendar: 2026-02-28.
bool isDate(QStringView text);
/// local@domain.tld, without spaces.
bool isEmail(QStringView text);
/// An absolute URI with a hierarchical part (https://…) or a urn:, mailto:, tel: URI.
bool isUri(QStringView text);

} // namespace Flowsmith::ValueFormats
