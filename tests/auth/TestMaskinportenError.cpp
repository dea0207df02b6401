#include "auth/MaskinportenError.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Cause = MaskinportenError::Cause;

/// Maskinporten's error bodies (docs/altinn-behaviour.md#maskinporten-errors) become a cause the user is told
/// about in plain words.
class TestMaskinportenError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesResponsesSeenInTheWild_data();
    void classifiesResponsesSeenInTheWild();
    void readsCodeFromErrorUriAndTraceId();
    void toleratesBodiesThatAreNotJson();
    void outagesAreTransientWhateverTheBody_data();
    void outagesAreTransientWhateverTheBody();
    void remedyGivesTheWaitWhenKnown();
    void everyCauseIsExplained();
};

void TestMaskinportenError::classifiesResponsesSeenInTheWild_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Cause>("cause");
    const auto body = [](const char *error, const char *description) -> QByteArray {
        return QByteArray(R"({"error":")") + error + R"(","error_description":")" + description + R"("})";
    };
    QTest::newRow("expired key") << body(
        "invalid_grant", "Invalid assertion. Client authentication failed. Expired key. (trace_id: 4f1a)")
                                 << Cause::ExpiredKey;
    QTest::newRow("unknown kid") << body("invalid_grant",
        "Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client. "
        "(correlation id: "
        "0b7e)") << Cause::UnknownKid;
    QTest::newRow("wrong aud") << body("invalid_grant",
        "Invalid assertion. Client authentication failed. Invalid JWT claim aud. (trace_id: 1)")
                               << Cause::WrongAudience;
    QTest::newRow("kid required") << body("invalid_grant",
        "Invalid assertion. Client authentication failed. Invalid JWT. The client requires pre-registered "
        "jwk and no "
        "key identifier (kid) provided")
                                  << Cause::KidRequired;
    QTest::newRow("bad signature") << body("invalid_grant",
        "Invalid assertion. Client authentication failed. Invalid JWT signature. (trace_id: 2)")
                                   << Cause::InvalidSignature;
    QTest::newRow("scope not granted") << body(
        "forbidden", "Consumer has not been granted access to the scope skatteetaten:x. (correlation id: 3)")
                                       << Cause::ScopeNotGranted;
    QTest::newRow("scope not delegated") << body("forbidden",
        "Consumer 310904473 has not delegated access to the scope x to supplier 991825827. (correlation id: "
        "4)") << Cause::ScopeNotDelegated;
    QTest::newRow("client not found") << body("invalid_grant", "Client not found") << Cause::ClientNotFound;
    QTest::newRow("replay") << body("invalid_grant", "Grant is used before") << Cause::GrantReused;
    QTest::newRow("expired grant") << body("invalid_grant", "JWT has expired.") << Cause::GrantExpired;
    QTest::newRow("clock ahead") << body("invalid_grant", "Issue time is in the future.")
                                 << Cause::ClockAhead;
    QTest::newRow("lifetime") << body("invalid_grant", "JWT has too long lifetime.")
                              << Cause::LifetimeTooLong;
    QTest::newRow("scope not on client")
        << body("invalid_scope", "Token request contains invalid scopes for client")
        << Cause::ScopeNotOnClient;
    QTest::newRow("MP-303 text") << body(
        "invalid_altinn_customer_configuration", "Invalid authorization details values (trace_id: 5)")
                                 << Cause::SystemUserNotFound;
    QTest::newRow("MP-302") << body("invalid_request", "Unknown fields in the authorization details")
                            << Cause::UnknownDetailsFields;
    QTest::newRow("MP-011") << body("invalid_request", "Invalid assertion. Invalid parameter value")
                            << Cause::InvalidRequest;
    QTest::newRow("unknown") << body("server_error", "Something else") << Cause::Unknown;
}

void TestMaskinportenError::classifiesResponsesSeenInTheWild()
{
    QFETCH(QByteArray, body);
    QFETCH(Cause, cause);
    QCOMPARE(MaskinportenError::fromHttp(400, body).cause, cause);
}

void TestMaskinportenError::readsCodeFromErrorUriAndTraceId()
{
    const MaskinportenError error = MaskinportenError::fromHttp(400,
        R"json({"error":"invalid_grant","error_description":"Invalid assertion. Client authentication failed. )json"
        R"json(Expired key. (trace_id: 4bf92f3577b34da6)","error_uri":"https://maskinporten.no/errors/MP-121"})json");
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.error, u"invalid_grant"_s);
    QCOMPARE(error.code, u"MP-121"_s);
    QCOMPARE(error.traceId, u"4bf92f3577b34da6"_s);
    QCOMPARE(error.cause, Cause::ExpiredKey);
    // The code in the uri wins over the text.
    const MaskinportenError byCode = MaskinportenError::fromHttp(400,
        R"({"error":"invalid_grant","error_description":"x","error_uri":"https://maskinporten.no/errors/MP-303"})");
    QCOMPARE(byCode.cause, Cause::SystemUserNotFound);
}

void TestMaskinportenError::toleratesBodiesThatAreNotJson()
{
    // A gateway's page is never shown as Maskinporten's message.
    const MaskinportenError page = MaskinportenError::fromHttp(403, "<html><body>Forbidden</body></html>");
    QCOMPARE(page.cause, Cause::Unknown);
    QVERIFY(page.description.isEmpty());
    QVERIFY(page.summary().contains(u"403"_s));
    // Plain text is, shortened.
    const MaskinportenError text = MaskinportenError::fromHttp(400, "  Bad request: grant missing \n");
    QCOMPARE(text.description, u"Bad request: grant missing"_s);
    QCOMPARE(MaskinportenError::fromHttp(400, QByteArray(5000, 'x')).description.size(), 500);
}

void TestMaskinportenError::outagesAreTransientWhateverTheBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("502 gateway page") << 502 << QByteArray("<html>Bad gateway</html>");
    QTest::newRow("503 doctype page")
        << 503 << QByteArray("\n  <!DOCTYPE html><html><body>Down</body></html>");
    QTest::newRow("500 OAuth body") << 500
                                    << QByteArray(R"({"error":"server_error","error_description":"x"})");
    QTest::newRow("504 empty") << 504 << QByteArray();
    QTest::newRow("429") << 429 << QByteArray();
    QTest::newRow("408") << 408 << QByteArray();
    QTest::newRow("400 temporarily_unavailable")
        << 400 << QByteArray(R"({"error":"temporarily_unavailable"})");
}

void TestMaskinportenError::outagesAreTransientWhateverTheBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const MaskinportenError error = MaskinportenError::fromHttp(status, body);
    QCOMPARE(error.cause, Cause::Unavailable);
    QVERIFY(error.isTransient());
    QVERIFY2(!error.description.contains(u'<'), qPrintable(error.description));
    QVERIFY2(error.summary().contains(u"not answering properly right now (HTTP %1)"_s.arg(status)),
        qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(u"on their side"_s), qPrintable(error.summary()));
    QVERIFY2(!error.remedy().contains(u"register"_s, Qt::CaseInsensitive), qPrintable(error.remedy()));
}

void TestMaskinportenError::remedyGivesTheWaitWhenKnown()
{
    MaskinportenError error = MaskinportenError::fromHttp(503, {});
    QVERIFY(error.remedy().contains(u"a few minutes"_s));
    error.retryAfterSeconds = 30;
    QVERIFY2(error.remedy().contains(u"30 second"_s), qPrintable(error.remedy()));
    error.retryAfterSeconds = 150;
    QVERIFY2(error.remedy().contains(u"3 minute"_s), qPrintable(error.remedy())); // rounded up
    error.retryAfterSeconds = 86400;
    QVERIFY2(error.remedy().contains(u"1440 minute"_s), qPrintable(error.remedy()));
}

void TestMaskinportenError::everyCauseIsExplained()
{
    for (int value = int(Cause::Unknown); value <= int(Cause::Unavailable); ++value) {
        MaskinportenError error;
        error.cause = Cause(value);
        QVERIFY2(!error.summary().isEmpty(), qPrintable(QString::number(value)));
        QVERIFY2(!error.remedy().isEmpty(), qPrintable(QString::number(value)));
    }
}

QTEST_GUILESS_MAIN(TestMaskinportenError)
#include "TestMaskinportenError.moc"
