// Repository: history with changes by meaning, and files as of a revision.

#include "model/vcs/repository.h"

#include "model/vcs/flowdiff.h"
#include "model/vcs/gitsupport.h"
#include "model/vcs/mappingdiff.h"

namespace Flowsmith {

using namespace Vcs;

namespace {

std::optional<Flow> flowVersion(const QByteArray &bytes, const QString &name, FileError *error)
{
    // An empty side stands for a flow that did not exist (as in loadFlowVersion).
    if (bytes.isEmpty())
        return Flow();
    return Flow::fromYaml(bytes, name, error);
}

std::optional<Mapping> mappingVersion(const QByteArray &bytes, const QString &name,
                                      FileError *error)
{
    if (bytes.isEmpty())
        return Mapping();
    return Mapping::fromYaml(bytes, name, error);
}

CommitFileChange describeDelta(git_repository *repo, const git_diff_delta *delta)
{
    CommitFileChange change;
    switch (delta->status) {
    case GIT_DELTA_ADDED:
        change.status = CommitFileChange::Added;
        break;
    case GIT_DELTA_DELETED:
        change.status = CommitFileChange::Deleted;
        break;
    case GIT_DELTA_RENAMED:
        change.status = CommitFileChange::Renamed;
        break;
    default:
        change.status = CommitFileChange::Modified;
    }
    change.path = QString::fromUtf8(delta->new_file.path);
    if (change.status == CommitFileChange::Renamed)
        change.oldPath = QString::fromUtf8(delta->old_file.path);
    change.kind = Project::kindOf(change.path, &change.id);
    if (change.kind != ProjectFileKind::Flow && change.kind != ProjectFileKind::Mapping)
        return change;

    const QByteArray before = blobBytes(repo, delta->old_file.id);
    const QByteArray after = blobBytes(repo, delta->new_file.id);
    FileError error;
    if (change.kind == ProjectFileKind::Flow) {
        const auto oldFlow = flowVersion(before, change.path, &error);
        const auto newFlow = oldFlow ? flowVersion(after, change.path, &error) : std::nullopt;
        if (oldFlow && newFlow)
            change.flowChanges = FlowDiff::compare(*oldFlow, *newFlow).changes();
        else
            change.error = error.toString();
    } else {
        const auto oldMapping = mappingVersion(before, change.path, &error);
        const auto newMapping
            = oldMapping ? mappingVersion(after, change.path, &error) : std::nullopt;
        if (oldMapping && newMapping)
            change.mappingChanges = diffMappings(*oldMapping, *newMapping);
        else
            change.error = error.toString();
    }
    return change;
}

QDateTime commitDate(const git_commit *commit)
{
    const git_time_t seconds = git_commit_time(commit);
    const int offsetMinutes = git_commit_time_offset(commit);
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offsetMinutes * 60);
}

} // namespace

QList<CommitInfo> Repository::history(int maxCount, QString *error, const QString &path) const
{
    QList<CommitInfo> result;
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, m_repo) != 0) {
        if (error)
            *error = gitErrorText();
        return result;
    }
    const GitPtr<git_revwalk> walk(rawWalk);
    git_revwalk_sorting(rawWalk, GIT_SORT_TIME);
    if (git_revwalk_push_head(rawWalk) != 0)
        return result; // no commits yet
    git_oid id;
    while ((maxCount <= 0 || result.size() < maxCount) && git_revwalk_next(&id, rawWalk) == 0) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repo, &id) != 0)
            continue;
        const GitPtr<git_commit> commit(rawCommit);
        git_tree *rawTree = nullptr;
        git_tree *rawParentTree = nullptr;
        git_commit_tree(&rawTree, rawCommit);
        const GitPtr<git_tree> tree(rawTree);
        if (git_commit_parentcount(rawCommit) > 0) {
            git_commit *parent = nullptr;
            if (git_commit_parent(&parent, rawCommit, 0) == 0) {
                git_commit_tree(&rawParentTree, parent);
                git_commit_free(parent);
            }
        }
        const GitPtr<git_tree> parentTree(rawParentTree);

        git_diff_options options = GIT_DIFF_OPTIONS_INIT;
        const QByteArray pathBytes = path.toUtf8();
        char *pathPointer = const_cast<char *>(pathBytes.constData());
        if (!path.isEmpty()) {
            options.pathspec.strings = &pathPointer;
            options.pathspec.count = 1;
        }
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, m_repo, rawParentTree, rawTree, &options) != 0)
            continue;
        const GitPtr<git_diff> diff(rawDiff);
        git_diff_find_similar(rawDiff, nullptr);
        const size_t deltas = git_diff_num_deltas(rawDiff);
        if (!path.isEmpty() && deltas == 0)
            continue;

        CommitInfo info;
        info.id = oidText(&id);
        info.shortId = info.id.left(7);
        const git_signature *author = git_commit_author(rawCommit);
        info.author = QString::fromUtf8(author->name);
        info.email = QString::fromUtf8(author->email);
        info.date = commitDate(rawCommit);
        info.message = QString::fromUtf8(git_commit_message(rawCommit));
        info.summary = info.message.section(u'\n', 0, 0);
        for (unsigned int i = 0; i < git_commit_parentcount(rawCommit); ++i)
            info.parents << oidText(git_commit_parent_id(rawCommit, i));
        for (size_t i = 0; i < deltas; ++i)
            info.files << describeDelta(m_repo, git_diff_get_delta(rawDiff, i));
        result << info;
    }
    return result;
}

std::optional<QByteArray> Repository::fileAt(const QString &revision, const QString &path,
                                             QString *error) const
{
    git_object *raw = nullptr;
    const QByteArray spec = QStringLiteral("%1:%2").arg(revision, path).toUtf8();
    if (git_revparse_single(&raw, m_repo, spec.constData()) != 0) {
        if (error)
            *error = trGit("%1: not found at %2 (%3)").arg(path, revision, gitErrorText());
        return std::nullopt;
    }
    const GitPtr<git_object> object(raw);
    if (git_object_type(raw) != GIT_OBJECT_BLOB) {
        if (error)
            *error = trGit("%1: not a file at %2").arg(path, revision);
        return std::nullopt;
    }
    return blobBytes(m_repo, *git_object_id(raw));
}

std::optional<QByteArray> Repository::stagedContent(const QString &path, QString *error) const
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, m_repo) != 0) {
        if (error)
            *error = gitErrorText();
        return std::nullopt;
    }
    const GitPtr<git_index> index(raw);
    const git_index_entry *entry = git_index_get_bypath(raw, path.toUtf8().constData(), 0);
    if (!entry) {
        if (error)
            *error = trGit("%1: not in the index").arg(path);
        return std::nullopt;
    }
    return blobBytes(m_repo, entry->id);
}

QList<CommitFileChange> Repository::stagedChanges(QString *error) const
{
    QList<CommitFileChange> result;
    git_object *rawHead = nullptr;
    git_tree *headTree = nullptr;
    if (git_revparse_single(&rawHead, m_repo, "HEAD^{tree}") == 0)
        headTree = reinterpret_cast<git_tree *>(rawHead);
    const GitPtr<git_object> head(rawHead);
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, m_repo) != 0) {
        if (error)
            *error = gitErrorText();
        return result;
    }
    const GitPtr<git_index> index(rawIndex);
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_index(&rawDiff, m_repo, headTree, rawIndex, nullptr) != 0) {
        if (error)
            *error = gitErrorText();
        return result;
    }
    const GitPtr<git_diff> diff(rawDiff);
    git_diff_find_similar(rawDiff, nullptr);
    for (size_t i = 0; i < git_diff_num_deltas(rawDiff); ++i)
        result << describeDelta(m_repo, git_diff_get_delta(rawDiff, i));
    return result;
}

QString Repository::resolve(const QString &revision) const
{
    git_object *raw = nullptr;
    const QByteArray spec = (revision + QStringLiteral("^{commit}")).toUtf8();
    if (git_revparse_single(&raw, m_repo, spec.constData()) != 0)
        return {};
    const GitPtr<git_object> object(raw);
    return oidText(git_object_id(raw));
}

QString Repository::commitSummary(const QString &revision) const
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, m_repo,
                            (revision + QStringLiteral("^{commit}")).toUtf8().constData())
        != 0)
        return {};
    const GitPtr<git_object> object(raw);
    return QString::fromUtf8(git_commit_summary(reinterpret_cast<git_commit *>(raw)));
}

} // namespace Flowsmith
