#pragma once

#include "model/vcs/branchinfo.h"
#include "model/vcs/commitinfo.h"
#include "model/vcs/filestatus.h"
#include "model/vcs/gitidentity.h"
#include "model/vcs/pullresult.h"
#include "model/vcs/remoteoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct git_repository;

namespace Flowsmith {

/// A git repository holding a project, through libgit2 (issue 8). Owns the libgit2 handle;
/// movable, not copyable. Every operation that can fail returns false / nullopt and puts a
/// translated message, naming the file, branch or remote, into `error`.
///
/// Network work (fetch, pull, push) blocks: the studio runs it on a worker thread with
/// RemoteOptions::cancel and progress. Credentials never leave the CredentialStore: they are
/// handed to libgit2 for one request and not written anywhere.
class Repository
{
public:
    /// Finds the repository that holds `path` (the path itself or a parent folder).
    static std::optional<Repository> open(const QString &path, QString *error);
    /// Creates a repository in `folder` with a .gitignore (build output, autosaves) and a
    /// .gitattributes that routes *.flow.yaml through the flowsmith merge driver. Existing
    /// files are kept.
    static std::optional<Repository> init(const QString &folder, QString *error);

    Repository(Repository &&other) noexcept;
    Repository &operator=(Repository &&other) noexcept;
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;
    ~Repository();

    /// The work tree's folder, absolute, without a trailing slash.
    QString workDir() const;

    // --- status and index
    /// Every changed, staged, untracked or conflicted file (ignored files left out).
    QList<FileStatus> status(QString *error = nullptr) const;
    /// The status of the files inside `projectFolder` (which may be a subfolder of the work
    /// tree), with paths, kinds and ids relative to the project: what the project explorer
    /// badges, flows by id.
    QList<FileStatus> projectStatus(const QString &projectFolder, QString *error = nullptr) const;
    /// True when tracked files differ from HEAD (staged or not); untracked files do not count.
    bool hasTrackedChanges(QString *error = nullptr) const;
    /// Stages files (paths relative to the work tree); a deleted file stages its deletion.
    bool stage(const QStringList &paths, QString *error);
    /// Stages every change, untracked files included (`git add -A`).
    bool stageAll(QString *error);
    /// Takes files out of the index again, back to HEAD's version (or out, before a first commit).
    bool unstage(const QStringList &paths, QString *error);
    /// Relative paths of the staged files.
    QStringList stagedFiles(QString *error = nullptr) const;

    // --- identity and commit
    /// user.name and user.email as git config resolves them for this repository.
    GitIdentity identity() const;
    /// Writes user.name and user.email into this repository's own .git/config.
    bool setIdentity(const GitIdentity &identity, QString *error);
    /// Writes one value (e.g. "merge.flowsmith.driver") into this repository's .git/config.
    bool setConfigValue(const QString &key, const QString &value, QString *error);

    /// Commits the index on the current branch. Refuses an empty message, a missing identity
    /// and a commit that changes nothing. Returns the new commit id. `fallback` signs the
    /// commit when git config has no identity (a new project's first commit); it is not
    /// written into any config.
    std::optional<QString> commit(const QString &message, QString *error,
                                  const GitIdentity &fallback = {});

    // --- history
    /// Commits reachable from HEAD, newest first, each with the files it changed and, for
    /// flows and mappings, how by meaning. `path` keeps only commits touching that file.
    QList<CommitInfo> history(int maxCount, QString *error, const QString &path = {}) const;
    /// The file's bytes at `revision` ("HEAD", "main~2", a commit id).
    std::optional<QByteArray> fileAt(const QString &revision, const QString &path,
                                     QString *error) const;
    /// The staged version of a file (its blob in the index).
    std::optional<QByteArray> stagedContent(const QString &path, QString *error) const;
    /// What a commit now would change against HEAD, told by meaning for flows and mappings.
    QList<CommitFileChange> stagedChanges(QString *error = nullptr) const;
    /// The commit id `revision` names, empty when it names none.
    QString resolve(const QString &revision) const;
    /// The first line of the message of the commit `revision` names; empty when none.
    QString commitSummary(const QString &revision) const;

    // --- branches and tags
    /// The current branch's short name; empty for a detached HEAD.
    QString currentBranch() const;
    QList<BranchInfo> branches(QString *error = nullptr) const;
    /// A new local branch at `startPoint` (default HEAD); does not switch to it.
    bool createBranch(const QString &name, const QString &startPoint, QString *error);
    /// Checks out a local branch. Refuses while tracked files have changes, unless `force`,
    /// which discards them.
    bool switchBranch(const QString &name, bool force, QString *error);
    /// Deletes a local branch other than the current one.
    bool deleteBranch(const QString &name, QString *error);
    QList<TagInfo> tags(QString *error = nullptr) const;
    /// Tags HEAD; annotated when `message` is not empty.
    bool createTag(const QString &name, const QString &message, QString *error);
    /// Deletes a tag (the commit it named stays).
    bool deleteTag(const QString &name, QString *error);

    // --- remotes
    QStringList remotes() const;
    QString remoteUrl(const QString &remote) const;
    /// Adds a remote; refuses URLs with an embedded password.
    bool addRemote(const QString &name, const QString &url, QString *error);
    bool fetch(const QString &remote, const RemoteOptions &options, QString *error);
    /// Pushes the current branch to the same name on `remote` and sets it as upstream.
    bool push(const QString &remote, const RemoteOptions &options, QString *error);
    /// Fetches, then fast-forwards or merges the remote's branch of the same name. Flow files
    /// that both sides changed are merged by meaning (FlowMerge); remaining conflicts are
    /// reported and left in the index for the conflict dialog.
    std::optional<PullResult> pull(const QString &remote, const RemoteOptions &options,
                                   QString *error);

    /// Non-empty when `url` must not be used: it carries a password or token.
    static QString checkRemoteUrl(const QString &url);

    /// Lines for .gitignore and .gitattributes as init() writes them.
    static QByteArray defaultGitignore();
    static QByteArray defaultGitattributes();

private:
    explicit Repository(git_repository *repo);
    git_repository *m_repo = nullptr;
};

} // namespace Flowsmith
