#include "editors/vcs/sshkeyfield.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace Flowsmith {

namespace {

// One settings key per remote URL; percent-encoded so that its slashes make no groups.
QString settingsKey(const QString &url)
{
    return QStringLiteral("vcs/sshKeys/") + QString::fromLatin1(QUrl::toPercentEncoding(url));
}

} // namespace

SshKeyField::SshKeyField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
{
    m_edit->setObjectName(QStringLiteral("sshKeyEdit"));
    m_edit->setPlaceholderText(tr("ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa, id_rsa"));
    m_edit->setToolTip(tr("The private key for this ssh remote. Flowsmith remembers the path, "
                          "never the passphrase: it asks for that when the key needs one."));
    m_edit->setClearButtonEnabled(true);
    m_browse->setToolTip(tr("Choose the private key file"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    connect(m_edit, &QLineEdit::editingFinished, this, &SshKeyField::remember);
    connect(m_browse, &QPushButton::clicked, this, &SshKeyField::browse);
    setEnabled(false);
}

bool SshKeyField::isSshUrl(const QString &url)
{
    if (url.contains(QLatin1String("://"))) {
        const QString scheme = QUrl(url).scheme();
        return scheme == QLatin1String("ssh") || scheme == QLatin1String("git+ssh")
            || scheme == QLatin1String("ssh+git");
    }
    // scp-like "user@host:path"; a local path has no colon before its first slash.
    const qsizetype colon = url.indexOf(u':');
    const qsizetype slash = url.indexOf(u'/');
    return colon > 0 && (slash < 0 || colon < slash);
}

QString SshKeyField::rememberedKeyFile(const QString &url)
{
    return QSettings().value(settingsKey(url)).toString();
}

void SshKeyField::setRemoteUrl(const QString &url)
{
    m_url = url;
    const bool ssh = isSshUrl(url);
    setEnabled(ssh);
    m_edit->setText(ssh ? rememberedKeyFile(url) : QString());
    m_edit->setPlaceholderText(ssh ? tr("ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa, id_rsa")
                                   : tr("not an ssh remote"));
    emit keyFileChanged(keyFile());
}

QString SshKeyField::keyFile() const
{
    return isSshUrl(m_url) ? QDir::fromNativeSeparators(m_edit->text().trimmed()) : QString();
}

void SshKeyField::setKeyFile(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
    remember();
}

void SshKeyField::remember()
{
    if (m_url.isEmpty() || !isSshUrl(m_url))
        return;
    QSettings settings;
    const QString path = keyFile();
    if (path.isEmpty())
        settings.remove(settingsKey(m_url));
    else
        settings.setValue(settingsKey(m_url), path);
    emit keyFileChanged(path);
}

void SshKeyField::browse()
{
    const QString start = keyFile().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh")
                                              : QFileInfo(keyFile()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose SSH Private Key"), start);
    if (!path.isEmpty())
        setKeyFile(path);
}

} // namespace Flowsmith
