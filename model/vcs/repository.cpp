#include "model/vcs/repository.h"

#include "model/vcs/gitsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <vector>

namespace Flowsmith {

using namespace Vcs;

namespace {

// Turns a list of paths into the strarray libgit2 wants; the bytes live as long as this does.
class PathArray
{
public:
    explicit PathArray(const QStringList &paths)
    {
        for (const QString &path : paths)
            m_bytes.push_back(path.toUtf8());
        for (QByteArray &bytes : m_bytes)
            m_pointers.push_back(bytes.data());
        m_array.strings = m_pointers.data();
        m_array.count = m_pointers.size();
    }
    const git_strarray *get() const { return &m_array; }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char *> m_pointers;
    git_strarray m_array {};
};

bool writeIfMissing(const QString &path, const QByteArray &bytes, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

FileStatus::Flags flagsOf(unsigned int status)
{
    FileStatus::Flags flags;
    if (status & GIT_STATUS_INDEX_NEW)
        flags |= FileStatus::IndexNew;
    if (status & (GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_TYPECHANGE))
        flags |= FileStatus::IndexModified;
    if (status & GIT_STATUS_INDEX_DELETED)
        flags |= FileStatus::IndexDeleted;
    if (status & GIT_STATUS_INDEX_RENAMED)
        flags |= FileStatus::IndexRenamed;
    if (status & GIT_STATUS_WT_NEW)
        flags |= FileStatus::WorkNew;
    if (status & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_TYPECHANGE))
        flags |= FileStatus::WorkModified;
    if (status & GIT_STATUS_WT_DELETED)
        flags |= FileStatus::WorkDeleted;
    if (status & GIT_STATUS_WT_RENAMED)
        flags |= FileStatus::WorkRenamed;
    if (status & GIT_STATUS_CONFLICTED)
        flags |= FileStatus::Conflicted;
    return flags;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

Repository::Repository(git_repository *repo)
    : m_repo(repo)
{ }

Repository::Repository(Repository &&other) noexcept
    : m_repo(std::exchange(other.m_repo, nullptr))
{ }

Repository &Repository::operator=(Repository &&other) noexcept
{
    std::swap(m_repo, other.m_repo);
    return *this;
}

Repository::~Repository()
{
    if (m_repo)
        git_repository_free(m_repo);
}

std::optional<Repository> Repository::open(const QString &path, QString *error)
{
    ensureLibgit2();
    git_repository *repo = nullptr;
    const QByteArray start = QFileInfo(path).absoluteFilePath().toUtf8();
    if (git_repository_open_ext(&repo, start.constData(), 0, nullptr) != 0) {
        setError(error, trGit("%1: not inside a git repository (%2)").arg(path, gitErrorText()));
        return std::nullopt;
    }
    if (git_repository_is_bare(repo)) {
        git_repository_free(repo);
        setError(error, trGit("%1: a bare repository has no work tree to commit from").arg(path));
        return std::nullopt;
    }
    return Repository(repo);
}

std::optional<Repository> Repository::init(const QString &folder, QString *error)
{
    ensureLibgit2();
    if (!QDir().mkpath(folder)) {
        setError(error, trGit("%1: cannot create the folder").arg(folder));
        return std::nullopt;
    }
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    options.initial_head = "main";
    git_repository *repo = nullptr;
    const QByteArray path = QFileInfo(folder).absoluteFilePath().toUtf8();
    if (git_repository_init_ext(&repo, path.constData(), &options) != 0) {
        setError(error,
                 trGit("%1: cannot create a git repository (%2)").arg(folder, gitErrorText()));
        return std::nullopt;
    }
    Repository repository(repo);
    const QDir dir(repository.workDir());
    if (!writeIfMissing(dir.filePath(QStringLiteral(".gitignore")), defaultGitignore(), error)
        || !writeIfMissing(dir.filePath(QStringLiteral(".gitattributes")), defaultGitattributes(),
                           error))
        return std::nullopt;
    return repository;
}

QByteArray Repository::defaultGitignore()
{
    return QByteArrayLiteral("# Written by Flowsmith. dist/ stays: GitOps deploys from it.\n"
                             "build/\n"
                             "build-*/\n"
                             "*.autosave\n"
                             "*.autosave.*\n"
                             "*~\n"
                             ".#*\n"
                             "*.swp\n"
                             ".DS_Store\n"
                             "*.user\n"
                             "node_modules/\n"
                             ".flowsmith/\n");
}

QByteArray Repository::defaultGitattributes()
{
    return QByteArrayLiteral(
        "# Written by Flowsmith: flows merge by meaning. Each clone also needs\n"
        "#   git config merge.flowsmith.driver \"flowsmith-cli merge-driver %O %A %B %P\"\n"
        "*.flow.yaml merge=flowsmith\n"
        "*.yaml text eol=lf\n"
        "*.json text eol=lf\n");
}

QString Repository::workDir() const
{
    const char *dir = git_repository_workdir(m_repo);
    QString path = dir ? QString::fromUtf8(dir) : QString::fromUtf8(git_repository_path(m_repo));
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QList<FileStatus> Repository::status(QString *error) const
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
        | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    git_status_list *raw = nullptr;
    QList<FileStatus> result;
    if (git_status_list_new(&raw, m_repo, &options) != 0) {
        setError(error, trGit("%1: cannot read the status (%2)").arg(workDir(), gitErrorText()));
        return result;
    }
    const GitPtr<git_status_list> list(raw);
    const size_t count = git_status_list_entrycount(raw);
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(raw, i);
        if (entry->status == GIT_STATUS_CURRENT || (entry->status & GIT_STATUS_IGNORED))
            continue;
        const git_diff_delta *delta
            = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (!delta)
            continue;
        FileStatus status;
        status.path
            = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        status.flags = flagsOf(entry->status);
        status.kind = Project::kindOf(status.path, &status.id);
        result.append(status);
    }
    return result;
}

QList<FileStatus> Repository::projectStatus(const QString &projectFolder, QString *error) const
{
    const QString root = QFileInfo(workDir()).canonicalFilePath();
    const QString folder = QFileInfo(projectFolder).canonicalFilePath();
    QString prefix = QDir(root).relativeFilePath(folder);
    prefix = prefix == QLatin1String(".") ? QString() : prefix + u'/';
    QList<FileStatus> result;
    for (FileStatus status : this->status(error)) {
        if (!status.path.startsWith(prefix))
            continue;
        status.path = status.path.mid(prefix.size());
        status.kind = Project::kindOf(status.path, &status.id);
        result.append(status);
    }
    return result;
}

bool Repository::hasTrackedChanges(QString *error) const
{
    for (const FileStatus &status : this->status(error)) {
        if (status.flags != FileStatus::WorkNew)
            return true;
    }
    return false;
}

bool Repository::stage(const QStringList &paths, QString *error)
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, m_repo) != 0) {
        setError(error, trGit("cannot read the index (%1)").arg(gitErrorText()));
        return false;
    }
    const GitPtr<git_index> index(raw);
    const QDir dir(workDir());
    for (const QString &path : paths) {
        const QByteArray bytes = path.toUtf8();
        const int rc = QFileInfo::exists(dir.filePath(path))
            ? git_index_add_bypath(raw, bytes.constData())
            : git_index_remove_bypath(raw, bytes.constData());
        if (rc != 0) {
            setError(error, trGit("%1: cannot stage (%2)").arg(path, gitErrorText()));
            return false;
        }
    }
    if (git_index_write(raw) != 0) {
        setError(error, trGit("cannot write the index (%1)").arg(gitErrorText()));
        return false;
    }
    return true;
}

bool Repository::stageAll(QString *error)
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, m_repo) != 0) {
        setError(error, trGit("cannot read the index (%1)").arg(gitErrorText()));
        return false;
    }
    const GitPtr<git_index> index(raw);
    const PathArray all({ QStringLiteral("*") });
    if (git_index_add_all(raw, all.get(), GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) != 0
        || git_index_update_all(raw, all.get(), nullptr, nullptr) != 0
        || git_index_write(raw) != 0) {
        setError(error, trGit("cannot stage the changes (%1)").arg(gitErrorText()));
        return false;
    }
    return true;
}

bool Repository::unstage(const QStringList &paths, QString *error)
{
    git_object *head = nullptr;
    if (git_revparse_single(&head, m_repo, "HEAD^{commit}") == 0) {
        const GitPtr<git_object> owner(head);
        const PathArray array(paths);
        if (git_reset_default(m_repo, head, array.get()) != 0) {
            setError(error, trGit("cannot unstage (%1)").arg(gitErrorText()));
            return false;
        }
        return true;
    }
    // Before the first commit there is no HEAD to go back to: unstaging removes the entries.
    git_index *raw = nullptr;
    if (git_repository_index(&raw, m_repo) != 0) {
        setError(error, trGit("cannot read the index (%1)").arg(gitErrorText()));
        return false;
    }
    const GitPtr<git_index> index(raw);
    for (const QString &path : paths)
        git_index_remove_bypath(raw, path.toUtf8().constData());
    if (git_index_write(raw) != 0) {
        setError(error, trGit("cannot write the index (%1)").arg(gitErrorText()));
        return false;
    }
    return true;
}

QStringList Repository::stagedFiles(QString *error) const
{
    QStringList result;
    for (const FileStatus &status : this->status(error)) {
        if (status.isStaged())
            result << status.path;
    }
    return result;
}

GitIdentity Repository::identity() const
{
    GitIdentity identity;
    git_config *raw = nullptr;
    if (git_repository_config_snapshot(&raw, m_repo) != 0)
        return identity;
    const GitPtr<git_config> config(raw);
    const char *value = nullptr;
    if (git_config_get_string(&value, raw, "user.name") == 0)
        identity.name = QString::fromUtf8(value);
    if (git_config_get_string(&value, raw, "user.email") == 0)
        identity.email = QString::fromUtf8(value);
    return identity;
}

bool Repository::setIdentity(const GitIdentity &identity, QString *error)
{
    if (!identity.isValid()) {
        setError(error, trGit("a name and an email address (with @) are needed"));
        return false;
    }
    return setConfigValue(QStringLiteral("user.name"), identity.name.trimmed(), error)
        && setConfigValue(QStringLiteral("user.email"), identity.email.trimmed(), error);
}

bool Repository::setConfigValue(const QString &key, const QString &value, QString *error)
{
    git_config *all = nullptr;
    if (git_repository_config(&all, m_repo) != 0) {
        setError(error, trGit("cannot read the git config (%1)").arg(gitErrorText()));
        return false;
    }
    const GitPtr<git_config> owner(all);
    git_config *raw = nullptr;
    if (git_config_open_level(&raw, all, GIT_CONFIG_LEVEL_LOCAL) != 0) {
        setError(error, trGit("cannot open .git/config (%1)").arg(gitErrorText()));
        return false;
    }
    const GitPtr<git_config> local(raw);
    if (git_config_set_string(raw, key.toUtf8().constData(), value.toUtf8().constData()) != 0) {
        setError(error, trGit("cannot write .git/config (%1)").arg(gitErrorText()));
        return false;
    }
    return true;
}

std::optional<QString> Repository::commit(const QString &message, QString *error,
                                          const GitIdentity &fallback)
{
    if (message.trimmed().isEmpty()) {
        setError(error, trGit("the commit message is empty"));
        return std::nullopt;
    }
    GitIdentity who = identity();
    if (!who.isValid())
        who = fallback;
    if (!who.isValid()) {
        setError(error,
                 trGit("no git identity: set user.name and user.email for %1").arg(workDir()));
        return std::nullopt;
    }
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, m_repo) != 0) {
        setError(error, trGit("cannot read the index (%1)").arg(gitErrorText()));
        return std::nullopt;
    }
    const GitPtr<git_index> index(rawIndex);
    if (git_index_has_conflicts(rawIndex)) {
        setError(error, trGit("the index has unresolved conflicts"));
        return std::nullopt;
    }
    git_oid treeId;
    if (git_index_write_tree(&treeId, rawIndex) != 0) {
        setError(error, trGit("cannot write the tree (%1)").arg(gitErrorText()));
        return std::nullopt;
    }
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, m_repo, &treeId) != 0) {
        setError(error, gitErrorText());
        return std::nullopt;
    }
    const GitPtr<git_tree> tree(rawTree);

    const bool merging = git_repository_state(m_repo) == GIT_REPOSITORY_STATE_MERGE;
    std::vector<GitPtr<git_commit>> parents;
    git_oid headId;
    if (git_reference_name_to_id(&headId, m_repo, "HEAD") == 0) {
        git_commit *parent = nullptr;
        if (git_commit_lookup(&parent, m_repo, &headId) != 0) {
            setError(error, gitErrorText());
            return std::nullopt;
        }
        parents.emplace_back(parent);
        if (!merging && git_oid_equal(git_commit_tree_id(parent), &treeId)) {
            setError(error, trGit("nothing to commit: no staged changes"));
            return std::nullopt;
        }
    } else if (git_index_entrycount(rawIndex) == 0) {
        setError(error, trGit("nothing to commit: no staged changes"));
        return std::nullopt;
    }
    // A merge in progress (MERGE_HEAD) gives the commit its second parent.
    if (merging) {
        git_oid mergeHead;
        if (git_reference_name_to_id(&mergeHead, m_repo, "MERGE_HEAD") == 0) {
            git_commit *other = nullptr;
            if (git_commit_lookup(&other, m_repo, &mergeHead) == 0)
                parents.emplace_back(other);
        }
    }

    git_signature *rawSignature = nullptr;
    if (git_signature_now(&rawSignature, who.name.toUtf8().constData(),
                          who.email.toUtf8().constData())
        != 0) {
        setError(error, trGit("invalid git identity (%1)").arg(gitErrorText()));
        return std::nullopt;
    }
    const GitPtr<git_signature> signature(rawSignature);
    GitBuffer text;
    git_message_prettify(&text.buf, message.toUtf8().constData(), 0, '#');

    std::vector<const git_commit *> parentPointers;
    for (const auto &parent : parents)
        parentPointers.push_back(parent.get());
    git_oid commitId;
    if (git_commit_create(&commitId, m_repo, "HEAD", rawSignature, rawSignature, nullptr,
                          text.buf.ptr, rawTree, parentPointers.size(), parentPointers.data())
        != 0) {
        setError(error, trGit("cannot commit (%1)").arg(gitErrorText()));
        return std::nullopt;
    }
    git_repository_state_cleanup(m_repo);
    return oidText(&commitId);
}

} // namespace Flowsmith
