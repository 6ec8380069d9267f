// The secret scan measured on a table of true secrets and of look-alikes, in the shapes they
// take in a project: YAML and JSON flow files, .env and properties files, connection strings,
// URLs, headers, JSON escapes, UTF-16 and files with NUL bytes. The provider token formats
// follow the providers' published shapes (gitleaks' rule set names the same families); every
// value here is made up. Each row must be blocked (a true secret) or pass (a look-alike);
// summary() prints recall and precision over the whole table.

#include "model/vcs/secretallowlist.h"
#include "model/vcs/secretscanner.h"

#include <QStringDecoder>
#include <QTest>

using namespace Flowsmith;

namespace {

struct Sample
{
    const char *name;
    const char *file;
    QByteArray text;
};

QByteArray utf16(const QByteArray &utf8, bool littleEndian, bool bom)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

// Adjacent literals keep the tokens from appearing whole in this source file.
const QList<Sample> &trueSecrets()
{
    static const QList<Sample> samples = {
        // The probe's misses (issue 19).
        { "short password", "flows/a.flow.yaml", "      password: Hunter2!\n" },
        { "connection string Password=", "flows/a.flow.yaml",
          "conn: \"Server=db;Database=crm;User Id=sa;Password=Xy7!pq;\"\n" },
        { "bearer opaque token", "flows/a.flow.yaml",
          "headers: {Authorization: Bearer 8f3kLm2QzX9tVb7N}\n" },
        { "slack webhook url", "flows/a.flow.yaml",
          "url: https://hooks.slack.com/services/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\n" },
        { "url password with slash", "flows/a.flow.yaml",
          "url: https://svc:ab/cd9Xy@erp.internal/api\n" },
        { "ghp token with json escape", "samples/a.json",
          "{\"note\": \"gh"
          "p\\u005fa1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\"}\n" },
        { "secret beside a NUL byte", "samples/blob.bin",
          QByteArray("\x00\x01\x02 token: gh"
                     "p_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\x00",
                     52) },
        { "utf-16le with bom", "samples/win.txt", utf16("password: Hunter2!\r\n", true, true) },
        { "utf-16le without bom", "samples/win.txt",
          utf16("password: S0mmer-Zeit\r\n", true, false) },
        { "utf-16be with bom", "samples/mac.txt",
          utf16("apiKey: q8Vx2LmZ7pR4tKc9WnYb3Hs6\n", false, true) },
        // Passwords under their keys.
        { "yaml db_password", "flows/a.flow.yaml", "db_password: \"s3cret!!\"\n" },
        { "json password", "samples/a.json", "{\"password\": \"Sommer2024\"}\n" },
        { "env PASSWORD", ".env", "PASSWORD=Tr0ub4dor&3\n" },
        { "passwd", "flows/a.flow.yaml", "passwd: qwerty12\n" },
        { "smtpPassword quoted", "flows/a.flow.yaml", "smtpPassword: 'Pa$$w0rd'\n" },
        { "spring datasource password", "application.properties",
          "spring.datasource.password=Sup3rS3cret\n" },
        { "secret key", "flows/a.flow.yaml", "secret: 9vT!x2Lq\n" },
        { "passphrase", "flows/a.flow.yaml", "passphrase: correct-horse-battery\n" },
        { "mqtt inline password", "flows/a.flow.yaml",
          "mqtt: {username: svc, password: mqTT-2024}\n" },
        { "kafka jaas password", "flows/a.flow.yaml",
          "sasl.jaas.config: PlainLoginModule required username=\"svc\" password=\"kafkaPw9\";\n" },
        { "password with default in placeholder", "flows/a.flow.yaml",
          "password: ${DB_PASSWORD:-Fallback1!}\n" },
        { "password escaped in json", "samples/a.json", "{\"password\": \"Hunter\\u00322!\"}\n" },
        { "clientSecret camel case", "flows/a.flow.yaml", "clientSecret: Zr7-k2Pq-99xT\n" },
        { "ERP_PASSWORD in env", ".env", "ERP_PASSWORD=winter-is-coming-42\n" },
        // Tokens under their keys.
        { "client_secret high entropy", "flows/a.flow.yaml",
          "client_secret: 7Hj3kL9mN2pQ5rS8tV1wX4yZ\n" },
        { "apiKey hex", "flows/a.flow.yaml", "apiKey: 4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c\n" },
        { "token base64", "flows/a.flow.yaml", "token: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==\n" },
        { "x-api-key header", "flows/a.flow.yaml",
          "headers: {x-api-key: 9b8c7d6e5f4a3b2c1d0e9f8a}\n" },
        { "X-Auth-Token header", "flows/a.flow.yaml",
          "headers: {X-Auth-Token: 5d8e2c1b9a7f6e4d3c2b}\n" },
        { "DD_API_KEY", ".env", "DD_API_KEY=0f1e2d3c4b5a69788796a5b4c3d2e1f0\n" },
        { "private_key base64", "flows/a.flow.yaml",
          "private_key: \"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\"\n" },
        { "signingKey", "flows/a.flow.yaml", "signingKey: Qm9zY2hSb2NrczEyMzQ1Njc4OTA\n" },
        { "accessToken json", "samples/a.json",
          "{\"accessToken\": \"ya29a0AfH6SMBx3kLq9Zp2Vn7Rt\"}\n" },
        // Provider formats, wherever they stand.
        { "aws access key", "flows/a.flow.yaml",
          "accessKeyId: AKIA"
          "Q3T7ZK2M9XWPR4VB\n" },
        { "aws temporary key", "flows/a.flow.yaml",
          "id: ASIA"
          "Z9Y8X7W6V5U4T3S2\n" },
        { "aws secret key", ".env",
          "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz3kQ8vLm2\n" },
        { "github classic", "flows/a.flow.yaml",
          "note: gh"
          "p_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\n" },
        { "github oauth", "flows/a.flow.yaml",
          "note: gh"
          "o_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8\n" },
        { "github app user", "flows/a.flow.yaml",
          "note: gh"
          "u_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8\n" },
        { "github app server", "flows/a.flow.yaml",
          "note: gh"
          "s_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8\n" },
        { "github fine-grained", "flows/a.flow.yaml",
          "note: github"
          "_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz\n" },
        { "gitlab pat", "flows/a.flow.yaml",
          "note: gl"
          "pat-xY7_k2LmN9pQ4rS6tU8v\n" },
        { "gitlab deploy token", "flows/a.flow.yaml",
          "note: gl"
          "dt-xY7_k2LmN9pQ4rS6tU8v\n" },
        { "slack bot", "flows/a.flow.yaml",
          "note: xo"
          "xb-2048-1024-abcDEF123ghi\n" },
        { "slack user", "flows/a.flow.yaml",
          "note: xo"
          "xp-9988776655-aBcDeFgHiJ\n" },
        { "slack app", "flows/a.flow.yaml",
          "note: xo"
          "xa-2-1234567890-aBcDeFgHiJ\n" },
        { "discord webhook", "flows/a.flow.yaml",
          "url: "
          "https://discord.com/api/webhooks/123456789012345678/"
          "AbCdEfGhIjKlMnOpQrStUvWxYz012345\n" },
        { "teams webhook", "flows/a.flow.yaml",
          "url: "
          "https://contoso.webhook.office.com/webhookb2/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab@x/"
          "IncomingWebhook/9f8e7d\n" },
        { "stripe live", "flows/a.flow.yaml",
          "key: sk"
          "_live_51HqLkT2eZvKYlo2C8mN4pQ7rS\n" },
        { "stripe restricted", "flows/a.flow.yaml",
          "key: rk"
          "_live_51HqLkT2eZvKYlo2C8mN4pQ7rS\n" },
        { "stripe test", "flows/a.flow.yaml",
          "key: sk"
          "_test_51HqLkT2eZvKYlo2C8mN4pQ7rS\n" },
        { "google api key", "flows/a.flow.yaml",
          "maps: AI"
          "zaSyD4x8Lq2Vn7Rb3Tk9Wm5Yc1Hs6Jf0Pg2Qe\n" },
        { "sendgrid", "flows/a.flow.yaml",
          "mail: SG"
          ".aBcDeFgHiJkLmNoPqRsTuV.wXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012\n" },
        { "npm token", ".npmrc",
          "//registry.npmjs.org/:_authToken=npm"
          "_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\n" },
        { "twilio", "flows/a.flow.yaml",
          "sms: SK"
          "0123456789abcdef0123456789abcdef\n" },
        { "azure storage", "flows/a.flow.yaml",
          "conn: DefaultEndpointsProtocol=https;AccountName=shop;AccountKey="
          "q8Vx2LmZ7pR4tKc9WnYb3Hs6q8Vx2LmZ7pR4tKc9WnYb3Hs6AA==;\n" },
        { "rsa private key", "keys/erp.pem",
          "-----BEGIN RSA "
          "PRIVATE KEY-----\nMIIE\n" },
        { "ec private key", "keys/erp.pem",
          "-----BEGIN EC "
          "PRIVATE KEY-----\n" },
        { "openssh private key", "flows/a.flow.yaml",
          "key: |\n  -----BEGIN OPENSSH "
          "PRIVATE KEY-----\n" },
        { "pgp private key", "keys/a.asc",
          "-----BEGIN PGP "
          "PRIVATE KEY BLOCK-----\n" },
        { "jwt", "flows/a.flow.yaml",
          "bearer: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n" },
        // URLs, connection strings and headers.
        { "amqp url", "flows/a.flow.yaml", "broker: amqp://svc:s3cr3tValue@mq.internal:5672\n" },
        { "postgres url", ".env",
          "DATABASE_URL=postgres://app:pg-Pa55word@db.internal:5432/crm\n" },
        { "mongodb srv url", ".env",
          "MONGO=mongodb+srv://app:M0ng0-pw@cluster0.abcde.mongodb.net/\n" },
        { "redis url without user", ".env", "REDIS=redis://:p4ssw0rd@cache.internal:6379\n" },
        { "ftp url encoded password", "flows/a.flow.yaml",
          "url: ftp://user:Pa%24%24word@ftp.internal\n" },
        { "jdbc password", "flows/a.flow.yaml",
          "url: jdbc:sqlserver://db;user=sa;password=Xk9!mq2z\n" },
        { "odbc Pwd", "flows/a.flow.yaml",
          "dsn: \"Driver={ODBC};Server=db;Uid=sa;Pwd=abc123XY;\"\n" },
        { "npgsql json", "samples/a.json",
          "{\"conn\": \"Host=db;Username=app;Password=pg_Pa55;\"}\n" },
        { "basic auth header", "flows/a.flow.yaml",
          "headers: {Authorization: Basic dXNlcjpwYXNzd29yZA==}\n" },
        { "bearer in json", "samples/a.json", "{\"Authorization\": \"Bearer abcDEF123456\"}\n" },
        { "token in yaml double quotes escaped", "flows/a.flow.yaml",
          "note: \"\\x67hp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\"\n" },
    };
    return samples;
}

const QList<Sample> &lookAlikes()
{
    static const QList<Sample> samples = {
        // The probe's false alarms (issue 19).
        { "sha-256 under tokenHash", "flows/a.flow.yaml",
          "tokenHash: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n" },
        { "uuid under apiKeyId", "flows/a.flow.yaml",
          "apiKeyId: 3f2b8c1e-7a4d-4e9b-9c2f-1d5e8a7b6c4f\n" },
        { "credentialsRef name", "flows/a.flow.yaml",
          "credentialsRef: erp-Credentials-Production-2024\n" },
        // References and placeholders.
        { "env placeholder", "flows/a.flow.yaml", "password: ${ERP_PASSWORD}\n" },
        { "mustache placeholder", "flows/a.flow.yaml", "password: \"{{ vault.erp }}\"\n" },
        { "angle placeholder", "flows/a.flow.yaml", "password: <secret>\n" },
        { "masked", "flows/a.flow.yaml", "password: '********'\n" },
        { "changeme", "flows/a.flow.yaml", "password: changeme\n" },
        { "null", "flows/a.flow.yaml", "password: null\n" },
        { "empty", "flows/a.flow.yaml", "password: \"\"\n" },
        { "jsonata env", "flows/a.flow.yaml", "password: $env.ERP_PW\n" },
        { "vault reference", "flows/a.flow.yaml", "token: vault:secret/data/erp#token\n" },
        { "k8s secretKeyRef", "dist/k8s/deploy.yaml",
          "valueFrom: {secretKeyRef: {name: erp-secret, key: password}}\n" },
        { "braced template", "flows/a.flow.yaml", "conn: \"Server=db;Password={pwd};\"\n" },
        { "empty connection password", "flows/a.flow.yaml", "conn: \"Server=db;Password=;\"\n" },
        { "bearer placeholder", "flows/a.flow.yaml",
          "headers: {Authorization: Bearer ${TOKEN}}\n" },
        { "bearer angle", "flows/a.flow.yaml", "headers: {Authorization: \"Bearer <token>\"}\n" },
        { "authorization variable", "flows/a.flow.yaml", "Authorization: ${ERP_AUTH}\n" },
        { "api key placeholder json", "samples/a.json", "{\"x-api-key\": \"${SHOP_API_KEY}\"}\n" },
        // Keys about secrets that hold no secret.
        { "passwordPolicy", "flows/a.flow.yaml", "passwordPolicy: strict\n" },
        { "passwordMinLength", "flows/a.flow.yaml", "passwordMinLength: 12\n" },
        { "passwordResetUrl", "flows/a.flow.yaml",
          "passwordResetUrl: https://shop.internal/reset\n" },
        { "secretName", "flows/a.flow.yaml", "secretName: erp-credentials-production\n" },
        { "tokenEndpoint", "flows/a.flow.yaml",
          "tokenEndpoint: https://login.internal/oauth2/token\n" },
        { "tokenType", "flows/a.flow.yaml", "tokenType: Bearer\n" },
        { "authType", "flows/a.flow.yaml", "authType: oauth2\n" },
        { "auth basic", "flows/a.flow.yaml", "auth: basic\n" },
        { "bcrypt password_hash", "samples/users.json",
          "{\"password_hash\": "
          "\"$2b$12$KIXQJ1Yq0e9vYh3mJmHqMu8yZx5b4n6c7d8e9f0a1b2c3d4e5f6g7\"}\n" },
        { "private_key_file", "flows/a.flow.yaml", "private_key_file: /etc/ssl/erp.pem\n" },
        { "privateKeyPath", "flows/a.flow.yaml", "privateKeyPath: ~/.ssh/id_ed25519\n" },
        { "sessionTokenTtl", "flows/a.flow.yaml", "sessionTokenTtl: 3600\n" },
        { "api_key_header", "flows/a.flow.yaml", "api_key_header: X-API-Key\n" },
        { "PASSWORD_MIN", ".env", "PASSWORD_MIN=8\n" },
        { "tokenCount", "flows/a.flow.yaml", "tokenCount: 500\n" },
        // Random-looking values under ordinary keys.
        { "correlationId", "flows/a.flow.yaml", "correlationId: q8Vx2LmZ7pR4tKc9WnYb3Hs6\n" },
        { "commit id", "flows/a.flow.yaml", "commit: 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n" },
        { "etag", "samples/a.json", "{\"etag\": \"33a64df551425fcc55e4d42a148795d9f25f89d4\"}\n" },
        { "image digest", "dist/k8s/deploy.yaml",
          "image: "
          "docker.io/library/"
          "postgres@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n" },
        // URLs without passwords.
        { "url with port and @ in the path", "flows/a.flow.yaml",
          "url: https://erp.internal:8443/api@v2\n" },
        { "url with user only", "flows/a.flow.yaml", "url: https://svc@erp.internal/\n" },
        { "git ssh url", "flows/a.flow.yaml", "remote: git@github.com:org/repo.git\n" },
        { "ssh url with user", "flows/a.flow.yaml",
          "remote: ssh://git@host.internal:22/repo.git\n" },
        { "mailto", "flows/a.flow.yaml", "contact: mailto:ops@shop.internal\n" },
        // Other text.
        { "public key", "keys/a.pem", "-----BEGIN PUBLIC KEY-----\n" },
        { "certificate", "keys/a.pem", "-----BEGIN CERTIFICATE-----\n" },
        { "akia too short", "flows/a.flow.yaml", "note: AKIA1234\n" },
        { "jsonata condition on a token header", "flows/a.flow.yaml",
          "condition: $headers.token = \"x\"\n" },
        { "prose", "README.md",
          "The token expires after 3600 seconds; set the password: use the keychain.\n" },
        { "Greek prose", "README.md",
          "Ο κωδικός (password: βλέπε το keychain) δεν αποθηκεύεται.\n" },
        // Documented example keys: warnings, never blocking.
        { "aws documented example", "docs/aws.md",
          "accessKeyId: AKIA"
          "IOSFODNN7EXAMPLE\n" },
        { "aws documented example secret", "docs/aws.md",
          "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n" },
    };
    return samples;
}

bool blocks(const Sample &sample)
{
    for (const SecretFinding &finding :
         SecretScanner().scan(sample.text, QString::fromLatin1(sample.file))) {
        if (finding.severity == SecretFinding::Error)
            return true;
    }
    return false;
}

QString describe(const QList<SecretFinding> &findings)
{
    QStringList lines;
    for (const SecretFinding &finding : findings)
        lines << finding.toString();
    return lines.join(u'\n');
}

} // namespace

class TestSecretCorpus : public QObject
{
    Q_OBJECT

private slots:
    void trueSecretsAreBlocked_data();
    void trueSecretsAreBlocked();
    void lookAlikesPass_data();
    void lookAlikesPass();
    void summary();
    void allowListSilencesByFingerprint();
    void findingsNeverRepeatTheSecret();
};

void TestSecretCorpus::trueSecretsAreBlocked_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < trueSecrets().size(); ++i)
        QTest::addRow("%s", trueSecrets().at(i).name) << i;
}

void TestSecretCorpus::trueSecretsAreBlocked()
{
    QFETCH(int, index);
    const Sample &sample = trueSecrets().at(index);
    const QList<SecretFinding> findings
        = SecretScanner().scan(sample.text, QString::fromLatin1(sample.file));
    QVERIFY2(blocks(sample), qPrintable(describe(findings)));
    for (const SecretFinding &finding : findings)
        QVERIFY(finding.line >= 1 && finding.column >= 1);
}

void TestSecretCorpus::lookAlikesPass_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < lookAlikes().size(); ++i)
        QTest::addRow("%s", lookAlikes().at(i).name) << i;
}

void TestSecretCorpus::lookAlikesPass()
{
    QFETCH(int, index);
    const Sample &sample = lookAlikes().at(index);
    QVERIFY2(
        !blocks(sample),
        qPrintable(describe(SecretScanner().scan(sample.text, QString::fromLatin1(sample.file)))));
}

void TestSecretCorpus::summary()
{
    QVERIFY(trueSecrets().size() >= 60);
    QVERIFY(lookAlikes().size() >= 40);
    int truePositives = 0, falsePositives = 0;
    for (const Sample &sample : trueSecrets())
        truePositives += blocks(sample);
    for (const Sample &sample : lookAlikes())
        falsePositives += blocks(sample);
    const double recall = 100.0 * truePositives / trueSecrets().size();
    const double precision = truePositives + falsePositives
        ? 100.0 * truePositives / (truePositives + falsePositives)
        : 0;
    qInfo("secret scan: %d true secrets, %d look-alikes; recall %.1f%% (%d/%d), precision %.1f%% "
          "(%d false alarms)",
          int(trueSecrets().size()), int(lookAlikes().size()), recall, truePositives,
          int(trueSecrets().size()), precision, falsePositives);
}

void TestSecretCorpus::allowListSilencesByFingerprint()
{
    const QByteArray text = "password: Hunter2!\n";
    const QList<SecretFinding> findings = SecretScanner().scan(text, "flows/a.flow.yaml");
    QCOMPARE(findings.size(), 1);
    const SecretAllowList list
        = SecretAllowList::fromText("# reviewed 2026-12-07: the test fixture's password\n"
                                    + findings.first().fingerprint.toUtf8() + "  # fixture\n\n");
    QCOMPARE(list.size(), 1);
    QVERIFY(list.allows(findings.first()));
    // Another value, or the same value in another file, is not covered.
    QVERIFY(
        !list.allows(SecretScanner().scan("password: Hunter3!\n", "flows/a.flow.yaml").first()));
    QVERIFY(!list.allows(SecretScanner().scan(text, "flows/b.flow.yaml").first()));
    // Moving the line keeps it allowed.
    QVERIFY(list.allows(SecretScanner().scan("id: x\n\n" + text, "flows/a.flow.yaml").first()));
}

void TestSecretCorpus::findingsNeverRepeatTheSecret()
{
    for (const Sample &sample : trueSecrets()) {
        for (const SecretFinding &finding :
             SecretScanner().scan(sample.text, QString::fromLatin1(sample.file))) {
            QVERIFY(!finding.fingerprint.isEmpty());
            const QString excerpt = finding.toString();
            // The redacted excerpt keeps at most the first four characters of a secret.
            QVERIFY2(!excerpt.contains(QLatin1String("Hunter2!"))
                         && !excerpt.contains(QLatin1String("a1B2c3D4e5F6g7H8")),
                     qPrintable(excerpt));
        }
    }
}

QTEST_GUILESS_MAIN(TestSecretCorpus)
#include "tst_secretcorpus.moc"
