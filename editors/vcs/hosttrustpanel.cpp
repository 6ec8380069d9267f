#include "editors/vcs/hosttrustpanel.h"

#include "model/vcs/knownhosts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowsmith {

HostTrustPanel::HostTrustPanel(QWidget *parent)
    : QWidget(parent)
    , m_knownHostsFile(KnownHosts::flowsmithFile())
    , m_label(new QLabel(this))
    , m_trust(new QPushButton(tr("&Trust This Host and Retry"), this))
{
    m_label->setObjectName(QStringLiteral("untrustedHostLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setFrameShape(QFrame::StyledPanel);
    m_label->setMargin(8);
    m_trust->setObjectName(QStringLiteral("trustHostButton"));
    m_trust->setToolTip(tr("Compare the fingerprint with the one the server's administrator "
                           "published before you trust the host."));

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_trust);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(buttonRow);
    connect(m_trust, &QPushButton::clicked, this, &HostTrustPanel::trustRequested);
    hide();
}

bool HostTrustPanel::offer(const std::optional<HostKey> &key)
{
    // Only a host never seen before may be trusted from here; a changed key stays refused.
    if (!key || key->kind != HostKey::Ssh || key->trust != HostKey::Unknown) {
        clear();
        return false;
    }
    m_host = key;
    const QString where
        = key->port == 22 ? key->host : QStringLiteral("%1:%2").arg(key->host).arg(key->port);
    m_label->setText(
        tr("<p><b>%1 is not a known host.</b></p>"
           "<p>It presents this %2 key:<br><tt style=\"font-size:large\">%3</tt></p>"
           "<p>Trust it only if this fingerprint matches the one the server's administrator "
           "published (<tt>ssh-keygen -lf</tt> on the server's public host key).</p>")
            .arg(where.toHtmlEscaped(), key->type.toHtmlEscaped(),
                 key->fingerprint.toHtmlEscaped()));
    show();
    return true;
}

void HostTrustPanel::clear()
{
    m_host.reset();
    hide();
}

bool HostTrustPanel::trustHost(QString *error)
{
    if (!m_host)
        return false;
    if (!KnownHosts::trust(m_knownHostsFile, *m_host, error))
        return false;
    clear();
    return true;
}

} // namespace Flowsmith
