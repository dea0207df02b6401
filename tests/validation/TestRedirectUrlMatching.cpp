#include "validation/RequestValidator.h"
#include "validation/SystemDefinitionValidator.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using Validation::RequestValidator;
using Validation::SystemDefinitionValidator;

class TestRedirectUrlMatching final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void absoluteHttps_data();
    void absoluteHttps();
};

void TestRedirectUrlMatching::matches_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<bool>("expected");

    const QString callback = u"https://smartregnskap.example/altinn/callback"_s;
    QTest::newRow("identical") << callback << callback << true;
    QTest::newRow("query ignored") << u"https://smartregnskap.example/altinn/callback?state=abc"_s << callback
                                   << true;
    QTest::newRow("query on both ignored") << u"https://smartregnskap.example/altinn/callback?a=1"_s
                                           << u"https://smartregnskap.example/altinn/callback?b=2"_s << true;
    QTest::newRow("fragment ignored")
        << u"https://smartregnskap.example/altinn/callback#done"_s << callback << true;
    QTest::newRow("host case-insensitive")
        << u"https://SmartRegnskap.EXAMPLE/altinn/callback"_s << callback << true;
    QTest::newRow("scheme case-insensitive")
        << u"HTTPS://smartregnskap.example/altinn/callback"_s << callback << true;
    QTest::newRow("default port explicit")
        << u"https://smartregnskap.example:443/altinn/callback"_s << callback << true;
    QTest::newRow("same explicit port")
        << u"https://smartregnskap.example:8443/cb"_s << u"https://smartregnskap.example:8443/cb"_s << true;
    QTest::newRow("host-only requested, stored with slash")
        << u"https://vg.no"_s << u"https://vg.no/"_s << true;
    QTest::newRow("host-only allowed, requested with slash")
        << u"https://vg.no/"_s << u"https://vg.no"_s << true;
    QTest::newRow("host-only with query") << u"https://vg.no?state=1"_s << u"https://vg.no/"_s << true;
    QTest::newRow("dot segment removed")
        << u"https://smartregnskap.example/altinn/./callback"_s << callback << true;
    QTest::newRow("escaped unreserved character")
        << u"https://smartregnskap.example/altinn/%63allback"_s << callback << true;

    QTest::newRow("path case-sensitive")
        << u"https://smartregnskap.example/Altinn/Callback"_s << callback << false;
    QTest::newRow("trailing slash on a path matters")
        << u"https://smartregnskap.example/altinn/callback/"_s << callback << false;
    QTest::newRow("longer path") << u"https://smartregnskap.example/altinn/callback/extra"_s << callback
                                 << false;
    QTest::newRow("path prefix only") << u"https://smartregnskap.example/altinn"_s << callback << false;
    QTest::newRow("root versus path") << u"https://smartregnskap.example/"_s << callback << false;
    QTest::newRow("other host") << u"https://evil.example/altinn/callback"_s << callback << false;
    QTest::newRow("subdomain") << u"https://www.smartregnskap.example/altinn/callback"_s << callback << false;
    QTest::newRow("other port") << u"https://smartregnskap.example:8443/altinn/callback"_s << callback
                                << false;
    QTest::newRow("http versus https")
        << u"http://smartregnskap.example/altinn/callback"_s << callback << false;
    QTest::newRow("http default port versus https")
        << u"http://smartregnskap.example:443/altinn/callback"_s << callback << false;
    QTest::newRow("user info") << u"https://user@smartregnskap.example/altinn/callback"_s << callback
                               << false;
    QTest::newRow("encoded slash is not a slash")
        << u"https://smartregnskap.example/altinn%2Fcallback"_s << callback << false;
    QTest::newRow("relative requested") << u"/altinn/callback"_s << callback << false;
    QTest::newRow("empty requested") << QString() << callback << false;
    QTest::newRow("invalid requested")
        << u"https://smart regnskap.example/altinn/callback"_s << callback << false;
}

void TestRedirectUrlMatching::matches()
{
    QFETCH(QString, requested);
    QFETCH(QString, allowed);
    QFETCH(bool, expected);
    QCOMPARE(RequestValidator::redirectUrlMatches(QUrl(requested), QUrl(allowed)), expected);
    // The comparison is symmetric: neither side is privileged.
    QCOMPARE(RequestValidator::redirectUrlMatches(QUrl(allowed), QUrl(requested)), expected);
}

void TestRedirectUrlMatching::absoluteHttps_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");
    QTest::newRow("https with path") << u"https://example.com/altinn/callback"_s << true;
    QTest::newRow("host only") << u"https://vg.no"_s << true;
    QTest::newRow("scheme in capitals") << u"HTTPS://example.com/"_s << true;
    QTest::newRow("port and query") << u"https://example.com:8443/cb?x=1"_s << true;
    QTest::newRow("http") << u"http://example.com/"_s << false;
    QTest::newRow("localhost over http") << u"http://localhost:8080/cb"_s << false;
    QTest::newRow("relative path") << u"/altinn/callback"_s << false;
    QTest::newRow("no scheme") << u"example.com/cb"_s << false;
    QTest::newRow("no host") << u"https:///cb"_s << false;
    QTest::newRow("opaque") << u"https:cb"_s << false;
    QTest::newRow("other scheme") << u"myapp://callback"_s << false;
    QTest::newRow("space in host") << u"https://exa mple.com/"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRedirectUrlMatching::absoluteHttps()
{
    QFETCH(QString, url);
    QFETCH(bool, expected);
    QCOMPARE(SystemDefinitionValidator::isAbsoluteHttpsUrl(url), expected);
}

QTEST_GUILESS_MAIN(TestRedirectUrlMatching)
#include "TestRedirectUrlMatching.moc"
