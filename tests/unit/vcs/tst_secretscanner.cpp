// SecretScanner: a planted sample of every rule is found at its line and column, with the
// secret redacted; placeholders, ordinary config and the example project are clean.

#include "model/vcs/secretscanner.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Flowsmith;

namespace {

// Samples are assembled from pieces so that this file itself does not look like a leak.
QByteArray joined(std::initializer_list<const char *> parts)
{
    QByteArray result;
    for (const char *part : parts)
        result += part;
    return result;
}

} // namespace

class TestSecretScanner : public QObject
{
    Q_OBJECT

private slots:
    void plantedSecrets_data();
    void plantedSecrets();
    void cleanText_data();
    void cleanText();
    void everyRuleHasASample();
    void nulBytesDoNotHideASecret();
    void entropy();
    void exampleProjectIsClean();

private:
    QSet<QString> m_rulesSeen;
};

void TestSecretScanner::plantedSecrets_data()
{
    QTest::addColumn<QByteArray>("line"); // placed on line 3 of a YAML file
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("rule");

    const QByteArray aws = joined({ "AKIA", "IOSFODNN7", "EXAMPLE" });
    QTest::addRow("aws access key") << "    accessKeyId: " + aws << aws << "aws-access-key";
    const QByteArray ghp = joined({ "gh", "p_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8" });
    QTest::addRow("github classic token") << "      token: " + ghp << ghp << "github-token";
    const QByteArray gho = joined({ "gh", "o_", "Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8" });
    QTest::addRow("github oauth token") << "  header: Bearer " + gho << gho << "github-token";
    const QByteArray pat
        = joined({ "github", "_pat_", "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz" });
    QTest::addRow("github fine-grained token") << "x: " + pat << pat << "github-token";
    const QByteArray glpat = joined({ "gl", "pat-", "xY7_k2LmN9pQ4rS6tU8v" });
    QTest::addRow("gitlab token") << "  note: " + glpat << glpat << "gitlab-token";
    const QByteArray slack = joined({ "xo", "xb-", "2048-1024-abcDEF123ghi" });
    QTest::addRow("slack bot token") << "      slack: " + slack << slack << "slack-token";
    const QByteArray slackUser = joined({ "xo", "xp-", "9988776655-aBcDeFgHiJ" });
    QTest::addRow("slack user token") << "  s: " + slackUser << slackUser << "slack-token";
    const QByteArray rsa = joined({ "-----BEGIN RSA ", "PRIVATE KEY-----" });
    QTest::addRow("rsa private key") << rsa << rsa << "private-key";
    const QByteArray openssh = joined({ "-----BEGIN OPENSSH ", "PRIVATE KEY-----" });
    QTest::addRow("openssh private key") << "key: |\n  " + openssh << openssh << "private-key";
    const QByteArray plain = joined({ "-----BEGIN ", "PRIVATE KEY-----" });
    QTest::addRow("pkcs8 private key") << plain << plain << "private-key";
    const QByteArray jwt = joined({ "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", ".",
                                    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSJ9", ".",
                                    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" });
    QTest::addRow("jwt") << "    headers: {Authorization: Bearer " + jwt + "}" << jwt << "jwt";
    QTest::addRow("password in url")
        << QByteArray("    url: https://erp-user:Pr0d-Passw0rd@erp.example.com/api")
        << QByteArray("Pr0d-Passw0rd") << "url-password";
    QTest::addRow("password in amqp url")
        << QByteArray("broker: amqp://svc:s3cr3tValue@mq.internal:5672")
        << QByteArray("s3cr3tValue") << "url-password";
    const QByteArray random = "q8Vx2LmZ7pR4tKc9WnYb3Hs6";
    QTest::addRow("high-entropy password")
        << "      password: " + random << random << "high-entropy-value";
    QTest::addRow("high-entropy apiKey in json")
        << "  \"apiKey\": \"" + random + "\"," << random << "high-entropy-value";
    QTest::addRow("high-entropy client_secret")
        << "client_secret = '" + random + "'" << random << "high-entropy-value";
    const QByteArray awsSecret = joined({ "wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYzz3kQ8vLm2" });
    QTest::addRow("aws secret key")
        << "aws_secret_access_key = " + awsSecret << awsSecret << "aws-secret-key";
    const QByteArray slackHook
        = joined({ "https://hooks.slack.com", "/services/T0AB12CD3/B0EF45GH6/",
                   "aB3dE5fG7hJ9kL1mN3pQ5rS7" });
    QTest::addRow("slack webhook") << "    url: " + slackHook << slackHook << "slack-webhook";
    const QByteArray discord = joined({ "https://discord.com/api", "/webhooks/123456789012345678/",
                                        "AbCdEfGhIjKlMnOpQrStUvWxYz012345" });
    QTest::addRow("discord webhook") << "url: " + discord << discord << "discord-webhook";
    const QByteArray teams
        = joined({ "https://contoso.webhook.office.com",
                   "/webhookb2/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab@x/IncomingWebhook/9f8e7d" });
    QTest::addRow("teams webhook") << "url: " + teams << teams << "teams-webhook";
    const QByteArray stripe = joined({ "sk", "_live_", "51HqLkT2eZvKYlo2C8mN4pQ7rS" });
    QTest::addRow("stripe key") << "  key: " + stripe << stripe << "stripe-key";
    const QByteArray google = joined({ "AI", "za", "SyD4x8Lq2Vn7Rb3Tk9Wm5Yc1Hs6Jf0Pg2Qe" });
    QTest::addRow("google api key") << "maps: " + google << google << "google-api-key";
    const QByteArray sendgrid = joined({ "SG", ".", "aBcDeFgHiJkLmNoPqRsTuV", ".",
                                         "wXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012" });
    QTest::addRow("sendgrid key") << "mail: " + sendgrid << sendgrid << "sendgrid-key";
    const QByteArray npm = joined({ "npm", "_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8" });
    QTest::addRow("npm token") << "registry: " + npm << npm << "npm-token";
    const QByteArray twilio = joined({ "SK", "0123456789abcdef0123456789abcdef" });
    QTest::addRow("twilio key") << "sms: " + twilio << twilio << "twilio-key";
    const QByteArray azure = joined({ "q8Vx2LmZ7pR4tKc9WnYb3Hs6", "q8Vx2LmZ7pR4tKc9WnYb3Hs6AA==" });
    QTest::addRow("azure storage key")
        << "conn: DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=" + azure + ";"
        << azure << "azure-storage-key";
    QTest::addRow("connection string password")
        << QByteArray("conn: Server=db;Database=crm;User Id=sa;Password=Xy7!pq;")
        << QByteArray("Xy7!pq") << "connection-string-password";
    QTest::addRow("authorization header")
        << QByteArray("      headers: {Authorization: Bearer 8f3kLm2QzX9tVb7N}")
        << QByteArray("8f3kLm2QzX9tVb7N") << "authorization-header";
    QTest::addRow("short password") << QByteArray("      password: Hunter2!")
                                    << QByteArray("Hunter2!") << "password-assignment";
}

void TestSecretScanner::plantedSecrets()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, secret);
    QFETCH(QString, rule);
    m_rulesSeen.insert(rule);

    const QByteArray file = "flowsmith: 1\nid: leaky\n" + line + "\nnodes: []\n";
    const QList<SecretFinding> findings = SecretScanner().scan(file, "flows/leaky.flow.yaml");
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().fingerprint.startsWith("flows/leaky.flow.yaml:" + rule + ':'));
    QVERIFY(!findings.first().fingerprint.contains(QString::fromLatin1(secret)));
    const SecretFinding &finding = findings.first();
    QCOMPARE(finding.rule, rule);
    QCOMPARE(finding.file, QStringLiteral("flows/leaky.flow.yaml"));
    const int lineOffset = int(line.count('\n'));
    QCOMPARE(finding.line, 3 + lineOffset);
    const QByteArray secretLine = line.split('\n').last();
    QCOMPARE(finding.column, int(secretLine.indexOf(secret)) + 1);
    // The finding never repeats the secret.
    QVERIFY2(!finding.excerpt.contains(QString::fromLatin1(secret)), qPrintable(finding.excerpt));
    QVERIFY2(!finding.toString().contains(QString::fromLatin1(secret)),
             qPrintable(finding.toString()));
    QVERIFY(finding.toString().startsWith(
        QStringLiteral("flows/leaky.flow.yaml:%1:%2: ").arg(finding.line).arg(finding.column)));
}

void TestSecretScanner::cleanText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("placeholder variable") << QByteArray("password: ${ERP_PASSWORD}");
    QTest::addRow("url with placeholder password")
        << QByteArray("url: https://svc:${PASSWORD}@erp.example.com/");
    QTest::addRow("url with user only") << QByteArray("url: https://svc@erp.example.com/");
    QTest::addRow("short token") << QByteArray("token: abc123");
    QTest::addRow("low-entropy long value") << QByteArray("password: aaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    QTest::addRow("words under a secret key")
        << QByteArray("secretName: erp-credentials-production");
    QTest::addRow("random value under an ordinary key")
        << QByteArray("correlationId: q8Vx2LmZ7pR4tKc9WnYb3Hs6");
    QTest::addRow("masked") << QByteArray("apiKey: '********************'");
    QTest::addRow("public key block") << QByteArray("-----BEGIN PUBLIC KEY-----");
    QTest::addRow("akia too short") << QByteArray("AKIA1234");
    QTest::addRow("jsonata") << QByteArray("condition: $headers.token = \"x\"");
}

void TestSecretScanner::cleanText()
{
    QFETCH(QByteArray, text);
    const QList<SecretFinding> findings = SecretScanner().scan(text, "x.yaml");
    QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.first().toString()));
}

void TestSecretScanner::everyRuleHasASample()
{
    QStringList missing;
    for (const QString &rule : SecretScanner::ruleIds()) {
        if (!m_rulesSeen.contains(rule))
            missing << rule;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
}

void TestSecretScanner::nulBytesDoNotHideASecret()
{
    // A NUL byte once made the whole file count as binary, and so a secret beside it as clean.
    QByteArray binary = joined({ "AKIA", "Q3T7ZK2M", "9XWPR4VB" });
    binary.prepend(QByteArray("\x89PNG\0\0\0\x0d", 8));
    const QList<SecretFinding> findings = SecretScanner().scan(binary, "logo.png");
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, QStringLiteral("aws-access-key"));
    QCOMPARE(findings.first().severity, SecretFinding::Error);
}

void TestSecretScanner::entropy()
{
    QCOMPARE(SecretScanner::entropy(QString()), 0.0);
    QCOMPARE(SecretScanner::entropy(QStringLiteral("aaaa")), 0.0);
    QCOMPARE(SecretScanner::entropy(QStringLiteral("abab")), 1.0);
    QCOMPARE(SecretScanner::entropy(QStringLiteral("abcd")), 2.0);
    QVERIFY(SecretScanner::entropy(QStringLiteral("q8Vx2LmZ7pR4tKc9WnYb3Hs6"))
            > SecretScanner::DefaultEntropyThreshold);
    QCOMPARE(SecretScanner::redact(QStringLiteral("abcdefghijkl")), QStringLiteral("abcd********"));
}

void TestSecretScanner::exampleProjectIsClean()
{
    const QString root
        = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    QStringList findings;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        for (const SecretFinding &finding : SecretScanner().scan(file.readAll(), file.fileName()))
            findings << finding.toString();
    }
    QVERIFY(files > 10);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "tst_secretscanner.moc"
