#include "altinn/AltinnScopes.h"
#include "altinn/ErrorExplainer.h"
#include "i18n/Translator.h"
#include "model/ProblemDetails.h"
#include "validation/ValidationCodes.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiError;
using Altinn::ApiFailure;
using Altinn::ErrorExplainer;
using Altinn::Explanation;
using Remedy = Altinn::Explanation::Remedy;

/// Plain-language explanations of every failure a vendor admin can meet
/// (docs/altinn-behaviour.md#error-codes).
class TestErrorExplainer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void existingSystemUserSuggestsAChangeRequest();
    void v4BodyGivesTheSameExplanation();
    void everyCodeInTheTableHasTexts();
    void everyDocumentedCodeIsExplained();
    void requiredRemedies_data();
    void requiredRemedies();
    void packageExtensionsAreListed();
    void validationProblemGivesOneLinePerField();
    void singleValidationCodeIsToldInItsOwnWords();
    void modelStateErrorsNameTheField();
    void emptyUnauthorizedMeansTokenRefused();
    void emptyForbiddenNamesTheScopes();
    void notFoundVariants();
    void plainTextMessagesAreRecognised_data();
    void plainTextMessagesAreRecognised();
    void serverErrorsSuggestRetry();
    void unknownCodeShowsTheServerMessage();
    void transportFailures_data();
    void transportFailures();
    void maskinportenSystemUserNotFound();
    void tokenFailureWithoutMaskinportenAnswer();
    void maskinportenOutageAsksToWaitNotToRegister();
    void existingRequestReturnedIsNotAnError();
    void operationIsNamed();
    void fullTextHoldsEverything();
    void traceIdIsPromisedOnlyWhenShown();
    void rawServerJsonOnlyInDetails();
    void droppedSandboxConnectionIsNoInternetProblem_data();
    void droppedSandboxConnectionIsNoInternetProblem();
    void bokmaalAfterInstallingTheTranslator();
};

#include "../problems/ProblemSpecExamples.h"

namespace {

ApiFailure httpFailure(int status, const QByteArray &contentType, const QByteArray &body)
{
    return ApiFailure::http(ApiError::fromHttp(status, contentType, body));
}

ApiFailure problemFailure(const QJsonObject &problem)
{
    return httpFailure(problem.value(u"status"_s).toInt(), "application/problem+json",
        QJsonDocument(problem).toJson(QJsonDocument::Compact));
}

ApiFailure codeFailure(int status, const QString &code, const QMap<QString, QString> &extensions = {})
{
    return problemFailure(Altinn::ProblemDetails::problem(Altinn::ProblemDetails::Shape::V5, status, code,
        u"Server message for "_s + code, u"00-trace-01"_s, extensions));
}

ApiFailure validationFailure(const QList<Altinn::FieldError> &errors)
{
    return problemFailure(
        Altinn::ProblemDetails::validationProblem(Altinn::ProblemDetails::Shape::V5, errors, u"00-vld-01"_s));
}

ApiFailure mp303()
{
    ApiFailure failure = ApiFailure::of(ApiFailure::Kind::Token);
    failure.tokenError = MaskinportenError::fromHttp(400,
        R"json({"error":"invalid_altinn_customer_configuration","error_description":"Invalid authorization details values (trace_id: 77aa)","error_uri":"https://maskinporten.no/errors/MP-303"
})json");
    return failure;
}

} // namespace

void TestErrorExplainer::existingSystemUserSuggestsAChangeRequest()
{
    const Explanation explanation =
        ErrorExplainer::explain(httpFailure(400, "application/problem+json", ProblemSpecExamples::v5Problem));
    QCOMPARE(explanation.code, u"AUTH-00004"_s);
    QCOMPARE(explanation.action, Remedy::UseChangeRequest);
    QCOMPARE(explanation.summary, u"This customer already has a system user for this system."_s);
    QVERIFY2(explanation.remedy.contains(u"change request"_s), qPrintable(explanation.remedy));
    QCOMPARE(explanation.traceId, u"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"_s);
    QCOMPARE(explanation.serverMessage, ProblemSpecExamples::auth00004Message);
}

void TestErrorExplainer::v4BodyGivesTheSameExplanation()
{
    const Explanation v5 =
        ErrorExplainer::explain(httpFailure(400, "application/problem+json", ProblemSpecExamples::v5Problem));
    const Explanation v4 =
        ErrorExplainer::explain(httpFailure(400, "application/problem+json", ProblemSpecExamples::v4Problem));
    QCOMPARE(v4.code, v5.code);
    QCOMPARE(v4.summary, v5.summary);
    QCOMPARE(v4.action, v5.action);
    QCOMPARE(v4.serverMessage, ProblemSpecExamples::auth00004Message);
}

void TestErrorExplainer::everyCodeInTheTableHasTexts()
{
    const QStringList codes = ErrorExplainer::knownCodes();
    QVERIFY(codes.size() > 40);
    for (const QString &code : codes) {
        const Explanation explanation = ErrorExplainer::explainCode(code);
        QCOMPARE(explanation.code, code);
        QVERIFY2(!explanation.summary.isEmpty(), qPrintable(code));
        QVERIFY2(!explanation.remedy.isEmpty(), qPrintable(code));
        QVERIFY2(explanation.summary != explanation.remedy, qPrintable(code));
    }
    QCOMPARE(codes.size(), QSet<QString>(codes.cbegin(), codes.cend()).size()); // no code twice
    QVERIFY(ErrorExplainer::explainCode(u"AUTH-99999"_s).summary.isEmpty());
    QCOMPARE(ErrorExplainer::explainCode(u"auth-00004"_s).code, u"AUTH-00004"_s); // any case
}

void TestErrorExplainer::everyDocumentedCodeIsExplained()
{
    // docs/altinn-behaviour.md#validation-codes (code 10 is unused) and the vendor table of #problem-codes.
    QStringList documented;
    for (int number = 0; number <= 18; ++number) {
        if (number != 10)
            documented.append(u"AUTH.VLD-%1"_s.arg(number, 5, 10, QLatin1Char('0')));
    }
    for (int number : {0, 1, 4, 6, 7, 8, 9, 10, 11, 12, 13, 15, 21, 23, 26, 58, 59, 61, 63, 64, 65})
        documented.append(u"AUTH-%1"_s.arg(number, 5, 10, QLatin1Char('0')));
    const QStringList known = ErrorExplainer::knownCodes();
    for (const QString &code : std::as_const(documented))
        QVERIFY2(known.contains(code), qPrintable(code));
}

void TestErrorExplainer::requiredRemedies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Remedy>("action");
    QTest::newRow("unknown customer org") << 400 << u"AUTH-00000"_s << Remedy::CheckOrgNumber;
    QTest::newRow("system user exists") << 400 << u"AUTH-00004"_s << Remedy::UseChangeRequest;
    QTest::newRow("pending request") << 400 << u"AUTH-00007"_s << Remedy::DeleteAndAskAgain;
    QTest::newRow("denied request") << 400 << u"AUTH-00008"_s << Remedy::DeleteAndAskAgain;
    QTest::newRow("rejected request") << 400 << u"AUTH-00009"_s << Remedy::DeleteAndAskAgain;
    QTest::newRow("not your system") << 404 << u"AUTH-00011"_s << Remedy::RegisterSystemFirst;
    QTest::newRow("redirect URL mismatch") << 400 << u"AUTH-00021"_s << Remedy::UpdateSystem;
    QTest::newRow("no redirect URLs") << 400 << u"AUTH-00026"_s << Remedy::UpdateSystem;
    QTest::newRow("vendor not in token") << 401 << u"AUTH-00023"_s << Remedy::CheckConnection;
    QTest::newRow("package not in system") << 400 << u"AUTH-00063"_s << Remedy::UpdateSystem;
    QTest::newRow("package not assignable") << 400 << u"AUTH-00064"_s << Remedy::UpdateSystem;
    QTest::newRow("no rights") << 400 << u"AUTH-00059"_s << Remedy::FixInput;
}

void TestErrorExplainer::requiredRemedies()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(Remedy, action);
    const Explanation explanation = ErrorExplainer::explain(codeFailure(status, code));
    QCOMPARE(explanation.code, code);
    QCOMPARE(explanation.action, action);
    QCOMPARE(explanation.traceId, u"00-trace-01"_s);
    QCOMPARE(explanation.serverMessage, u"Server message for "_s + code);
    QVERIFY(!explanation.summary.contains(u"Server message"_s)); // our words, not the server's
}

void TestErrorExplainer::packageExtensionsAreListed()
{
    const Explanation explanation = ErrorExplainer::explain(codeFailure(400, u"AUTH-00063"_s,
        {{u"NotFoundPackages"_s, u"urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"_s}}));
    QCOMPARE(explanation.fieldMessages.size(), 1);
    QVERIFY2(explanation.fieldMessages.first().contains(
                 u"urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"_s),
        qPrintable(explanation.fieldMessages.first()));
}

void TestErrorExplainer::validationProblemGivesOneLinePerField()
{
    const Explanation explanation = ErrorExplainer::explain(
        httpFailure(400, "application/problem+json", ProblemSpecExamples::v5Validation));
    QCOMPARE(explanation.action, Remedy::FixInput);
    QCOMPARE(explanation.code, u"STD-00000"_s);
    QCOMPARE(explanation.traceId, u"00-…-01"_s);
    QCOMPARE(explanation.fieldMessages.size(), 2);
    const QString &systemId = explanation.fieldMessages.at(0);
    QVERIFY2(systemId.startsWith(u"System id: "_s), qPrintable(systemId));
    QVERIFY2(systemId.endsWith(u"(AUTH.VLD-00002)"_s), qPrintable(systemId));
    QVERIFY2(systemId.contains(u"already registered"_s), qPrintable(systemId));
    const QString &rights = explanation.fieldMessages.at(1);
    QVERIFY2(rights.startsWith(u"Rights: "_s), qPrintable(rights));
    QVERIFY2(rights.contains(u"AUTH.VLD-00003"_s), qPrintable(rights));
    QVERIFY2(rights.contains(u"foo-resource | bar-resource"_s), qPrintable(rights)); // which ones
    QVERIFY2(explanation.summary.contains(u'2'), qPrintable(explanation.summary));
}

void TestErrorExplainer::singleValidationCodeIsToldInItsOwnWords()
{
    const Explanation explanation = ErrorExplainer::explain(validationFailure({
        Altinn::FieldError{
            u"AUTH.VLD-00005"_s, u"bad url"_s, {u"/registersystemrequest/allowedredirecturls"_s}, {}},
        Altinn::FieldError{
            u"AUTH.VLD-00005"_s, u"bad url"_s, {u"/registersystemrequest/allowedredirecturls"_s}, {}},
    }));
    QCOMPARE(explanation.code, u"AUTH.VLD-00005"_s);
    QCOMPARE(explanation.summary, ErrorExplainer::explainCode(u"AUTH.VLD-00005"_s).summary);
    QCOMPARE(explanation.action, Remedy::FixInput);
    QCOMPARE(explanation.fieldMessages.size(), 2);
    QVERIFY2(explanation.fieldMessages.first().startsWith(u"Redirect URLs: "_s),
        qPrintable(explanation.fieldMessages.first()));
    QCOMPARE(explanation.traceId, u"00-vld-01"_s);
}

void TestErrorExplainer::modelStateErrorsNameTheField()
{
    const Explanation explanation = ErrorExplainer::explain(problemFailure(
        Altinn::ProblemDetails::modelStateProblem({{u"$.accessPackages[0].urn"_s, {u"bad urn"_s}},
            {u"PartyOrgNo"_s, {u"The PartyOrgNo field is required."_s}}})));
    QCOMPARE(explanation.action, Remedy::FixInput);
    QVERIFY2(explanation.fieldMessages.contains(u"Access packages: bad urn"_s),
        qPrintable(explanation.fieldMessages.join(u'\n')));
    QVERIFY2(explanation.fieldMessages.contains(
                 u"Customer's organisation number: The PartyOrgNo field is required."_s),
        qPrintable(explanation.fieldMessages.join(u'\n')));
}

void TestErrorExplainer::emptyUnauthorizedMeansTokenRefused()
{
    const Explanation explanation = ErrorExplainer::explain(httpFailure(401, {}, {}));
    QCOMPARE(explanation.action, Remedy::CheckConnection);
    QCOMPARE(explanation.code, u"HTTP 401"_s);
    QVERIFY2(explanation.summary.contains(u"expired"_s), qPrintable(explanation.summary));
    QVERIFY2(explanation.summary.contains(u"another environment"_s), qPrintable(explanation.summary));
}

void TestErrorExplainer::emptyForbiddenNamesTheScopes()
{
    const Explanation explanation = ErrorExplainer::explain(httpFailure(403, {}, {}));
    QCOMPARE(explanation.action, Remedy::CheckConnection);
    QVERIFY2(explanation.summary.contains(u"scope"_s), qPrintable(explanation.summary));
    QVERIFY2(explanation.remedy.contains(u"Digdir"_s), qPrintable(explanation.remedy));
    for (const QString &scope : Altinn::AltinnScopes::all())
        QVERIFY2(explanation.remedy.contains(scope), qPrintable(scope));
}

void TestErrorExplainer::notFoundVariants()
{
    // ASP.NET's bare NotFound(): nothing to say but "not found".
    const Explanation bare =
        ErrorExplainer::explain(problemFailure(Altinn::ProblemDetails::aspNetProblem(404, u"00-404-01"_s)));
    QCOMPARE(bare.code, u"HTTP 404"_s);
    QCOMPARE(bare.action, Remedy::None);
    QCOMPARE(bare.traceId, u"00-404-01"_s);
    QVERIFY(!bare.summary.isEmpty());
    // A request id Altinn does not know.
    QCOMPARE(ErrorExplainer::explain(codeFailure(404, u"AUTH-00010"_s)).code, u"AUTH-00010"_s);
    // The system register's plain text.
    const Explanation system = ErrorExplainer::explain(
        httpFailure(404, "text/plain; charset=utf-8", "System with ID '991825827_nope' not found."));
    QCOMPARE(system.action, Remedy::RegisterSystemFirst);
    QCOMPARE(system.serverMessage, u"System with ID '991825827_nope' not found."_s);
    QVERIFY(system.summary != bare.summary);
}

void TestErrorExplainer::plainTextMessagesAreRecognised_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Remedy>("action");
    QTest::newRow("changelog") << 404 << QByteArray("System with ID 991825827_x not found.")
                               << Remedy::RegisterSystemFirst;
    QTest::newRow("deleted") << 400 << QByteArray("Cannot update a system marked as deleted.")
                             << Remedy::RegisterSystemFirst;
    QTest::newRow("unable") << 400 << QByteArray("Unable to update system") << Remedy::Retry;
    QTest::newRow("exists") << 409 << QByteArray("The System already exist: 991825827_x") << Remedy::FixInput;
    QTest::newRow("correlation missing")
        << 400
        << QByteArray(
               "Missing or invalid QueryParameter: correlation-id. Generate a unique UUID (RFC 4122) for "
               "this Change Request, and add as a Query Parameter.")
        << Remedy::ContactSupport;
    QTest::newRow("correlation equals id")
        << 400
        << QByteArray(
               "The correlation-id should not be the same as the system-user-id. Generate a unique id.")
        << Remedy::ContactSupport;
    QTest::newRow("missing language")
        << 500
        << QByteArray(
               "23514: value for domain business_application.translated_text violates check constraint "
               "\"translated_text_contains_nn\"")
        << Remedy::FixInput;
}

void TestErrorExplainer::plainTextMessagesAreRecognised()
{
    QFETCH(int, status);
    QFETCH(QByteArray, text);
    QFETCH(Remedy, action);
    const Explanation explanation = ErrorExplainer::explain(httpFailure(status, "text/plain", text));
    QCOMPARE(explanation.action, action);
    QCOMPARE(explanation.serverMessage, QString::fromUtf8(text));
    QVERIFY(explanation.summary != explanation.serverMessage);
    QVERIFY(!explanation.remedy.isEmpty());
}

void TestErrorExplainer::serverErrorsSuggestRetry()
{
    for (int status : {500, 502, 503}) {
        const Explanation explanation = ErrorExplainer::explain(httpFailure(status, "text/plain", "boom"));
        QCOMPARE(explanation.action, Remedy::Retry);
        QCOMPARE(explanation.code, u"HTTP %1"_s.arg(status));
    }
    QCOMPARE(ErrorExplainer::explain(httpFailure(429, {}, {})).action, Remedy::Retry);
}

void TestErrorExplainer::unknownCodeShowsTheServerMessage()
{
    const Explanation explanation = ErrorExplainer::explain(codeFailure(400, u"AUTH-00099"_s));
    QCOMPARE(explanation.code, u"AUTH-00099"_s);
    QVERIFY2(
        explanation.summary.contains(u"Server message for AUTH-00099"_s), qPrintable(explanation.summary));
    QCOMPARE(explanation.action, Remedy::ContactSupport);
}

void TestErrorExplainer::transportFailures_data()
{
    QTest::addColumn<ApiFailure::Kind>("kind");
    QTest::addColumn<Remedy>("action");
    QTest::newRow("network") << ApiFailure::Kind::Network << Remedy::Retry;
    QTest::newRow("timeout") << ApiFailure::Kind::TimedOut << Remedy::Retry;
    QTest::newRow("tls") << ApiFailure::Kind::Tls << Remedy::ContactSupport;
    QTest::newRow("cancelled") << ApiFailure::Kind::Cancelled << Remedy::None;
    QTest::newRow("invalid response") << ApiFailure::Kind::InvalidResponse << Remedy::ContactSupport;
    QTest::newRow("rejected") << ApiFailure::Kind::Rejected << Remedy::FixInput;
}

void TestErrorExplainer::transportFailures()
{
    QFETCH(ApiFailure::Kind, kind);
    QFETCH(Remedy, action);
    const Explanation explanation = ErrorExplainer::explain(ApiFailure::of(kind, u"Connection refused"_s));
    QCOMPARE(explanation.action, action);
    QVERIFY(!explanation.summary.isEmpty());
    QVERIFY(!explanation.remedy.isEmpty());
    if (kind != ApiFailure::Kind::Cancelled) // the technical detail is kept for support
        QVERIFY(explanation.fullText().contains(u"Connection refused"_s));
    QVERIFY(ErrorExplainer::explain(ApiFailure()).summary.isEmpty()); // no failure, nothing to say
}

void TestErrorExplainer::maskinportenSystemUserNotFound()
{
    const ApiFailure failure = mp303();
    const Explanation explanation = ErrorExplainer::explain(failure);
    QCOMPARE(explanation.code, u"MP-303"_s);
    QCOMPARE(explanation.action, Remedy::CheckConnection);
    QCOMPARE(explanation.summary, failure.tokenError->summary());
    QCOMPARE(explanation.remedy, failure.tokenError->remedy());
    QCOMPARE(explanation.traceId, u"77aa"_s);
    QVERIFY(explanation.summary.contains(u"no system user"_s));
}

void TestErrorExplainer::tokenFailureWithoutMaskinportenAnswer()
{
    // Stopped before Maskinporten (here: a locked keychain): our own sentence is the summary, never shown
    // as "a message from the server".
    const QString locked = u"The keychain is locked. Unlock it, then try again."_s;
    const Explanation explanation = ErrorExplainer::explain(ApiFailure::of(ApiFailure::Kind::Token, locked));
    QCOMPARE(explanation.action, Remedy::CheckConnection);
    QCOMPARE(explanation.summary, locked);
    QVERIFY(explanation.serverMessage.isEmpty());
    QVERIFY(explanation.code.isEmpty()); // no Maskinporten code: Maskinporten was never asked

    const Explanation bare = ErrorExplainer::explain(ApiFailure::of(ApiFailure::Kind::Token));
    QVERIFY(bare.summary.contains(u"Maskinporten"_s));
    QVERIFY(bare.serverMessage.isEmpty());
}

void TestErrorExplainer::maskinportenOutageAsksToWaitNotToRegister()
{
    ApiFailure failure = ApiFailure::of(ApiFailure::Kind::Token);
    failure.tokenError =
        MaskinportenError::fromHttp(503, "<html><body>503 Service Unavailable</body></html>");
    failure.tokenError->retryAfterSeconds = 120;
    const Explanation explanation = ErrorExplainer::explain(failure);
    // An outage: wait and retry — not "check the key and client" (CheckConnection sends the user there).
    QCOMPARE(explanation.action, Remedy::Retry);
    QVERIFY2(explanation.summary.contains(u"not answering properly right now (HTTP 503)"_s),
        qPrintable(explanation.summary));
    QVERIFY2(explanation.remedy.contains(u"2 minute"_s), qPrintable(explanation.remedy));
    QVERIFY(explanation.serverMessage.isEmpty()); // the gateway's page is not shown
    QVERIFY(!explanation.fullText().contains(u'<'));
}

void TestErrorExplainer::existingRequestReturnedIsNotAnError()
{
    const Explanation pending = ErrorExplainer::existingRequestReturned(Altinn::RequestStatus::New);
    QCOMPARE(pending.action, Remedy::DeleteAndAskAgain);
    QVERIFY2(pending.summary.contains(u"earlier request"_s), qPrintable(pending.summary));
    QVERIFY2(pending.summary.contains(u"waiting for the customer"_s), qPrintable(pending.summary));
    QVERIFY2(pending.remedy.contains(u"delete"_s), qPrintable(pending.remedy));
    const Explanation rejected = ErrorExplainer::existingRequestReturned(Altinn::RequestStatus::Rejected);
    QVERIFY2(rejected.summary.contains(u"rejected"_s), qPrintable(rejected.summary));
}

void TestErrorExplainer::operationIsNamed()
{
    const Explanation explanation =
        ErrorExplainer::explain(ApiFailure::of(ApiFailure::Kind::TimedOut), u"creating the request"_s);
    QVERIFY2(explanation.summary.startsWith(u"Could not finish creating the request. "_s),
        qPrintable(explanation.summary));
}

void TestErrorExplainer::fullTextHoldsEverything()
{
    const Explanation explanation = ErrorExplainer::explain(
        httpFailure(400, "application/problem+json", ProblemSpecExamples::v5Validation));
    const QString text = explanation.fullText();
    QVERIFY(text.contains(explanation.summary));
    QVERIFY(text.contains(explanation.remedy));
    for (const QString &line : explanation.fieldMessages)
        QVERIFY(text.contains(line));
    QVERIFY(text.contains(u"STD-00000"_s));
    QVERIFY(text.contains(u"00-…-01"_s));
}

void TestErrorExplainer::traceIdIsPromisedOnlyWhenShown()
{
    // Without a trace id no text may ask the user to give one.
    for (const QString &code : ErrorExplainer::knownCodes()) {
        const Explanation explanation = ErrorExplainer::explainCode(code);
        QVERIFY2(
            !explanation.remedy.contains(u"trace id"_s), qPrintable(code + u": "_s + explanation.remedy));
    }
    for (int status : {400, 409, 500, 503}) {
        const Explanation explanation = ErrorExplainer::explain(httpFailure(status, {}, {}));
        QVERIFY2(!explanation.fullText().contains(u"trace id"_s, Qt::CaseInsensitive),
            qPrintable(explanation.fullText()));
    }
    const QJsonObject noTrace{
        {u"code"_s, u"AUTH-00002"_s}, {u"title"_s, u"Delegation failed"_s}, {u"status"_s, 500}};
    QVERIFY(!ErrorExplainer::explain(problemFailure(noTrace)).remedy.contains(u"trace id"_s));

    // With one, the remedy that asks for it shows it.
    const Explanation coded = ErrorExplainer::explain(codeFailure(500, u"AUTH-00002"_s));
    QVERIFY2(coded.remedy.contains(u"trace id: 00-trace-01"_s), qPrintable(coded.remedy));
    QVERIFY2(coded.message().contains(u"00-trace-01"_s), qPrintable(coded.message()));
    const Explanation notStored =
        ErrorExplainer::explain(codeFailure(500, Validation::Codes::RequestNotStored.toString()));
    QVERIFY2(notStored.remedy.contains(u"trace id: 00-trace-01"_s), qPrintable(notStored.remedy));
    for (int status : {400, 503}) {
        const QJsonObject problem{
            {u"title"_s, u"Something"_s}, {u"status"_s, status}, {u"traceId"_s, u"00-t-9"_s}};
        const Explanation explanation = ErrorExplainer::explain(problemFailure(problem));
        QVERIFY2(explanation.remedy.contains(u"trace id: 00-t-9"_s), qPrintable(explanation.remedy));
    }
    const Explanation unknown = ErrorExplainer::explain(codeFailure(400, u"AUTH-00099"_s));
    QVERIFY2(unknown.remedy.contains(u"AUTH-00099"_s) && unknown.remedy.contains(u"00-trace-01"_s),
        qPrintable(unknown.remedy));
}

void TestErrorExplainer::rawServerJsonOnlyInDetails()
{
    // A JSON body of no known shape: what the user reads is plain words; the body waits under details.
    const QByteArray body = R"({"unexpected":{"reason":"quota","limit":5},"flag":true})";
    for (int status : {400, 422, 500}) {
        const Explanation explanation =
            ErrorExplainer::explain(httpFailure(status, "application/json", body));
        const QString message = explanation.message();
        QVERIFY2(!message.contains(u'{') && !message.contains(u"unexpected"_s), qPrintable(message));
        QVERIFY2(
            explanation.details().contains(u"\"reason\": \"quota\""_s), qPrintable(explanation.details()));
        QVERIFY(explanation.details().contains(u"HTTP %1"_s.arg(status)));
        QVERIFY(explanation.fullText().contains(u"quota"_s)); // stderr and logs keep everything
    }
}

void TestErrorExplainer::droppedSandboxConnectionIsNoInternetProblem_data()
{
    QTest::addColumn<ApiFailure::Server>("server");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("remedy");
    QTest::newRow("built in") << ApiFailure::Server::BuiltInSandbox << u"built-in sandbox stopped answering"_s
                              << u"Restart the app"_s;
    QTest::newRow("local") << ApiFailure::Server::LocalSandbox << u"on this computer stopped answering"_s
                           << u"systemuser-sandbox"_s;
}

void TestErrorExplainer::droppedSandboxConnectionIsNoInternetProblem()
{
    QFETCH(ApiFailure::Server, server);
    QFETCH(QString, summary);
    QFETCH(QString, remedy);
    ApiFailure failure = ApiFailure::of(ApiFailure::Kind::Network, u"Remote host closed the connection"_s);
    failure.server = server;
    const Explanation explanation = ErrorExplainer::explain(failure);
    QVERIFY2(!explanation.fullText().contains(u"internet"_s, Qt::CaseInsensitive),
        qPrintable(explanation.fullText()));
    QVERIFY2(explanation.summary.contains(summary), qPrintable(explanation.summary));
    QVERIFY2(explanation.remedy.contains(remedy), qPrintable(explanation.remedy));
    QVERIFY2(explanation.remedy.contains(u"activity log"_s), qPrintable(explanation.remedy));
    QVERIFY(explanation.details().contains(u"Remote host closed"_s));

    failure.server = ApiFailure::Server::Remote; // TT02 and production keep the network advice
    QVERIFY(ErrorExplainer::explain(failure).remedy.contains(u"internet connection"_s));
}

void TestErrorExplainer::bokmaalAfterInstallingTheTranslator()
{
    const ApiFailure failure = mp303();
    const QString english = ErrorExplainer::explain(failure).summary;
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"nb"_s));
    const QString bokmaal = ErrorExplainer::explain(failure).summary;
    QVERIFY(translator.install(u"en"_s));
    QCOMPARE(bokmaal,
        u"Maskinporten fant ingen systembruker for denne kunden, dette systemet og denne klienten."_s);
    QVERIFY(bokmaal != english);
    // Back in English the texts are the source texts again.
    QCOMPARE(ErrorExplainer::explain(failure).summary, english);
}

QTEST_GUILESS_MAIN(TestErrorExplainer)
#include "TestErrorExplainer.moc"
