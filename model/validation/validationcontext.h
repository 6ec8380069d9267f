#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace Flowsmith {

class CapabilityMap;
class Project;

/// What a flow is checked against: the ids that exist in its project and the day that counts
/// as today. Built once per project (fromProject) and reused for every FlowValidator run, so
/// that checking a flow after an edit reads no files.
struct ValidationContext
{
    /// Injectable so that tests of retireBy get fixed dates.
    QDate today = QDate::currentDate();
    QSet<QString> systemIds;
    QSet<QString> mappingIds;
    QSet<QString> schemaIds;
    QSet<QString> capabilityIds;
    /// flowsmith.yaml `defaults`: a flow without its own owner or steward inherits these.
    QString defaultOwner;
    QString defaultSteward;

    /// The ids of a project's systems (manifest), mappings and schemas (files on disk) and
    /// capabilities (capabilities.yaml when it loads; otherwise none).
    static ValidationContext fromProject(const Project &project,
                                         QDate today = QDate::currentDate());
    /// The same with a capability map the caller has loaded already (or null for none).
    static ValidationContext fromProject(const Project &project, const CapabilityMap *capabilities,
                                         QDate today);
};

} // namespace Flowsmith
