#pragma once

#include <QString>

namespace Flowsmith::ProjectId {

/// The longest id a new project file gets; ids end up in file names, Kubernetes resource
/// names and runtime route ids, where long names are cut or refused.
inline constexpr int MaxLength = 64;

/// Whether `id` may name a new project file (schemas/<id>.schema.json, flows/<id>.flow.yaml…):
/// lowercase ASCII letters and digits in words joined by single '-' or '_', at most MaxLength
/// characters. Ids travel into file names, URLs and runtime resource names, so only what all
/// of them accept unchanged is taken. When not, `why` (if given) says what is wrong.
bool isValid(const QString &id, QString *why = nullptr);

/// The id a name suggests: "NewPet" → "new-pet", "Light measured" → "light-measured",
/// "Straße" → "strasse". Accents are dropped; what has no ASCII form separates words. Empty
/// when nothing usable is left (a name in Chinese script, say).
QString fromName(const QString &name);

} // namespace Flowsmith::ProjectId
