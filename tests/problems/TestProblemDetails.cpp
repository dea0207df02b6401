#include "ProblemSpecExamples.h"
#include "model/ApiError.h"
#include "model/ProblemDetails.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiError;
using Altinn::FieldError;
using Shape = Altinn::ProblemDetails::Shape;
using Kind = Altinn::ApiError::BodyKind;
namespace PD = Altinn::ProblemDetails;
using StringMap = QMap<QString, QString>; // QFETCH cannot take a type with a comma

// moc 6.4 does not understand raw string literals (a `//` or a lone ' inside one can swallow the rest of the
// file): keep raw strings below the class declaration, and write apostrophes inside them as the JSON escape
// \u0027.

namespace {
using ProblemSpecExamples::auth00004Message;
const QString specTraceId = u"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"_s;

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad literal in test: %s", qPrintable(error.errorString()));
    return document.object();
}

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// The errors of the validation-problem example (docs/altinn-behaviour.md#validation-problems), in order.
QList<FieldError> specFieldErrors()
{
    return {
        FieldError{u"AUTH.VLD-00002"_s, u"The system id already exists"_s,
            {u"/registersystemrequest/systemid"_s}, {}},
        FieldError{u"AUTH.VLD-00003"_s,
            u"One or more resources specified in rights were not found in Altinn's resource register."_s,
            {u"/registersystemrequest/rights/resource"_s},
            {{u"ResourceIds Not Found : "_s, u"foo-resource | bar-resource"_s}}},
    };
}
} // namespace

// QCOMPARE on QJsonObject only says "not the same": print both documents on mismatch.
#define COMPARE_JSON(actual, expected)                                                                       \
    QVERIFY2((actual) == (expected),                                                                         \
        qPrintable(u"actual:\n"_s + pretty(actual) + u"expected:\n"_s + pretty(expected)))

class TestProblemDetails final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v5ProblemMatchesSpec();
    void v4ProblemMatchesSpec();
    void traceIdOnlyWhenGiven_data();
    void traceIdOnlyWhenGiven();
    void extensionsAreMembers_data();
    void extensionsAreMembers();
    void extensionsNeverReplaceStandardMembers();
    void v5ValidationMatchesSpec();
    void v4ValidationMatchesSpec();
    void aspNetProblemMatchesSpec();
    void modelStateProblemMatchesSpec();
    void reasonPhrase_data();
    void reasonPhrase();
    void rfc9110Type_data();
    void rfc9110Type();
    void roundTrip_data();
    void roundTrip();
};

void TestProblemDetails::v5ProblemMatchesSpec()
{
    COMPARE_JSON(PD::problem(Shape::V5, 400, u"AUTH-00004"_s, auth00004Message, specTraceId),
        parse(ProblemSpecExamples::v5Problem));
}

void TestProblemDetails::v4ProblemMatchesSpec()
{
    COMPARE_JSON(PD::problem(Shape::V4, 400, u"AUTH-00004"_s, auth00004Message),
        parse(ProblemSpecExamples::v4Problem));
}

void TestProblemDetails::traceIdOnlyWhenGiven_data()
{
    QTest::addColumn<QJsonObject>("withTrace");
    QTest::addColumn<QJsonObject>("withoutTrace");

    QTest::newRow("v5 problem") << PD::problem(Shape::V5, 404, u"AUTH-00011"_s, u"System not found"_s,
        u"00-t-01"_s) << PD::problem(Shape::V5, 404, u"AUTH-00011"_s, u"System not found"_s);
    QTest::newRow("v4 problem") << PD::problem(Shape::V4, 404, u"AUTH-00011"_s, u"System not found"_s,
        u"00-t-01"_s) << PD::problem(Shape::V4, 404, u"AUTH-00011"_s, u"System not found"_s);
    QTest::newRow("v5 validation") << PD::validationProblem(Shape::V5, specFieldErrors(), u"00-t-01"_s)
                                   << PD::validationProblem(Shape::V5, specFieldErrors());
    QTest::newRow("ASP.NET problem") << PD::aspNetProblem(404, u"00-t-01"_s) << PD::aspNetProblem(404);
    QTest::newRow("model state") << PD::modelStateProblem({{u"return"_s, {u"System not found"_s}}},
        u"00-t-01"_s) << PD::modelStateProblem({{u"return"_s, {u"System not found"_s}}});
}

void TestProblemDetails::traceIdOnlyWhenGiven()
{
    QFETCH(QJsonObject, withTrace);
    QFETCH(QJsonObject, withoutTrace);

    QCOMPARE(withTrace.value(u"traceId"_s).toString(), u"00-t-01"_s);
    QVERIFY(!withoutTrace.contains(u"traceId"_s));
    withTrace.remove(u"traceId"_s);
    COMPARE_JSON(withTrace, withoutTrace);
}

void TestProblemDetails::extensionsAreMembers_data()
{
    QTest::addColumn<QJsonObject>("actual");
    QTest::addColumn<QJsonObject>("expected");

    const StringMap notFound{
        {u"NotFoundPackages"_s, u"urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"_s}};
    const QString message = u"One or more access packages are not among the system's access packages."_s;
    QTest::newRow("v5 AUTH-00063") << PD::problem(Shape::V5, 400, u"AUTH-00063"_s, message, u"00-x-01"_s,
        notFound) << parse(R"json({
        "type": "urn:altinn:error:AUTH-00063",
        "title": "One or more access packages are not among the system\u0027s access packages.",
        "status": 400,
        "code": "AUTH-00063",
        "traceId": "00-x-01",
        "statusDescription": "Bad Request",
        "NotFoundPackages": "urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"
    })json");
    QTest::newRow("v4 AUTH-00063") << PD::problem(Shape::V4, 400, u"AUTH-00063"_s, message, {}, notFound)
                                   << parse(R"json({
        "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        "title": "Bad Request",
        "status": 400,
        "detail": "One or more access packages are not among the system\u0027s access packages.",
        "code": "AUTH-00063",
        "NotFoundPackages": "urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"
    })json");
}

void TestProblemDetails::extensionsAreMembers()
{
    QFETCH(QJsonObject, actual);
    QFETCH(QJsonObject, expected);
    COMPARE_JSON(actual, expected);
}

void TestProblemDetails::extensionsNeverReplaceStandardMembers()
{
    // A careless extension key must not corrupt the code or message the client reads.
    const QJsonObject object = PD::problem(Shape::V5, 400, u"AUTH-00004"_s, auth00004Message, {},
        {{u"code"_s, u"X"_s}, {u"title"_s, u"Y"_s}, {u"extra"_s, u"z"_s}});
    QCOMPARE(object.value(u"code"_s).toString(), u"AUTH-00004"_s);
    QCOMPARE(object.value(u"title"_s).toString(), auth00004Message);
    QCOMPARE(object.value(u"extra"_s).toString(), u"z"_s);
}

void TestProblemDetails::v5ValidationMatchesSpec()
{
    const QJsonObject expected = parse(ProblemSpecExamples::v5Validation);
    COMPARE_JSON(PD::validationProblem(Shape::V5, specFieldErrors(), u"00-…-01"_s), expected);
}

void TestProblemDetails::v4ValidationMatchesSpec()
{
    // docs/altinn-behaviour.md#validation-problems, v4: Bad Request title, the message in detail, entries
    // carry detail instead of title.
    const QJsonObject expected = parse(R"json({
      "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
      "title": "Bad Request",
      "status": 400,
      "detail": "One or more validation errors occurred.",
      "code": "STD-00000",
      "traceId": "00-…-01",
      "validationErrors": [
        {
          "code": "AUTH.VLD-00002",
          "detail": "The system id already exists",
          "paths": ["/registersystemrequest/systemid"]
        },
        {
          "code": "AUTH.VLD-00003",
          "detail": "One or more resources specified in rights were not found in Altinn\u0027s resource register.",
          "paths": ["/registersystemrequest/rights/resource"],
          "ResourceIds Not Found : ": "foo-resource | bar-resource"
        }
      ]
    })json");
    COMPARE_JSON(PD::validationProblem(Shape::V4, specFieldErrors(), u"00-…-01"_s), expected);
}

void TestProblemDetails::aspNetProblemMatchesSpec()
{
    // docs/altinn-behaviour.md#other-error-bodies for a bare NotFound(), with the elided trace id filled in.
    COMPARE_JSON(PD::aspNetProblem(404, u"00-abc-01"_s),
        parse(R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not Found",)json"
              R"json("status":404,"traceId":"00-abc-01"})json"));
    COMPARE_JSON(PD::aspNetProblem(400),
        parse(R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Bad Request",)json"
              R"json("status":400})json"));
}

void TestProblemDetails::modelStateProblemMatchesSpec()
{
    // docs/altinn-behaviour.md#other-error-bodies: body-binding failure, and DELETE of an unknown system
    // (#delete-a-system).
    COMPARE_JSON(PD::modelStateProblem(
                     {{u"$.systemId"_s, {u"The JSON value could not be converted."_s}}}, u"00-abc-01"_s),
        parse(R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1",)json"
              R"json("title":"One or more validation errors occurred.","status":400,)json"
              R"json("errors":{"$.systemId":["The JSON value could not be converted."]},)json"
              R"json("traceId":"00-abc-01"})json"));
    COMPARE_JSON(PD::modelStateProblem({{u"return"_s, {u"System not found"_s}}}),
        parse(R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1",)json"
              R"json("title":"One or more validation errors occurred.","status":400,)json"
              R"json("errors":{"return":["System not found"]}})json"));
}

void TestProblemDetails::reasonPhrase_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("400") << 400 << u"Bad Request"_s;
    QTest::newRow("401") << 401 << u"Unauthorized"_s;
    QTest::newRow("403") << 403 << u"Forbidden"_s;
    QTest::newRow("404") << 404 << u"Not Found"_s;
    QTest::newRow("409") << 409 << u"Conflict"_s;
    QTest::newRow("413 as Altinn spells it") << 413 << u"Content Too Large"_s;
    QTest::newRow("429 from the reason-phrase fallback") << 429 << u"Too Many Requests"_s;
    // Altinn copies ASP.NET's problem title here, not "Internal Server Error".
    QTest::newRow("500") << 500 << u"An error occurred while processing your request."_s;
    QTest::newRow("503") << 503 << u"Service Unavailable"_s;
    QTest::newRow("unknown") << 599 << QString();
}

void TestProblemDetails::reasonPhrase()
{
    QFETCH(int, status);
    QFETCH(QString, phrase);
    QCOMPARE(PD::reasonPhrase(status), phrase);
}

void TestProblemDetails::rfc9110Type_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");

    const QString rfc = u"https://tools.ietf.org/html/rfc9110#section-"_s;
    QTest::newRow("400") << 400 << rfc + u"15.5.1"_s;
    QTest::newRow("401") << 401 << rfc + u"15.5.2"_s;
    QTest::newRow("403") << 403 << rfc + u"15.5.4"_s;
    QTest::newRow("404") << 404 << rfc + u"15.5.5"_s;
    QTest::newRow("405") << 405 << rfc + u"15.5.6"_s;
    QTest::newRow("409") << 409 << rfc + u"15.5.10"_s;
    QTest::newRow("412") << 412 << rfc + u"15.5.13"_s;
    QTest::newRow("422 cites RFC 4918") << 422 << u"https://tools.ietf.org/html/rfc4918#section-11.2"_s;
    QTest::newRow("500") << 500 << rfc + u"15.6.1"_s;
    QTest::newRow("503") << 503 << rfc + u"15.6.4"_s;
    // ASP.NET writes no type for statuses outside its table.
    QTest::newRow("410 none") << 410 << QString();
    QTest::newRow("429 none") << 429 << QString();
}

void TestProblemDetails::rfc9110Type()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QCOMPARE(PD::rfc9110Type(status), type);
}

void TestProblemDetails::roundTrip_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QList<FieldError>>("fieldErrors");
    QTest::addColumn<StringMap>("extensions");

    const StringMap notDelegable{{u"NotDelegablePackages"_s, u"urn:altinn:accesspackage:x"_s}};
    const QString notDelegableMessage = u"The access package cannot be delegated."_s;
    const QString validationMessage = u"One or more validation errors occurred."_s;
    const QList<FieldError> modelState{{QString(), u"System not found"_s, {u"return"_s}, {}}};

    for (const Shape shape : {Shape::V5, Shape::V4}) {
        const char *name = shape == Shape::V5 ? "v5" : "v4";
        QTest::addRow("%s problem", name)
            << 400 << PD::problem(shape, 400, u"AUTH-00004"_s, auth00004Message, specTraceId)
            << Kind::AltinnProblem << u"AUTH-00004"_s << auth00004Message << specTraceId
            << QList<FieldError>() << StringMap();
        QTest::addRow("%s problem with extension", name)
            << 400 << PD::problem(shape, 400, u"AUTH-00064"_s, notDelegableMessage, {}, notDelegable)
            << Kind::AltinnProblem << u"AUTH-00064"_s << notDelegableMessage << QString()
            << QList<FieldError>() << notDelegable;
        QTest::addRow("%s 404 problem", name)
            << 404 << PD::problem(shape, 404, u"AUTH-00011"_s, u"System not found"_s) << Kind::AltinnProblem
            << u"AUTH-00011"_s << u"System not found"_s << QString() << QList<FieldError>() << StringMap();
        QTest::addRow("%s validation", name)
            << 400 << PD::validationProblem(shape, specFieldErrors(), u"00-v-01"_s) << Kind::ValidationProblem
            << u"STD-00000"_s << validationMessage << u"00-v-01"_s << specFieldErrors() << StringMap();
    }
    QTest::newRow("ASP.NET problem") << 404 << PD::aspNetProblem(404, u"00-a-01"_s) << Kind::AspNetProblem
                                     << QString() << u"Not Found"_s << u"00-a-01"_s << QList<FieldError>()
                                     << StringMap();
    QTest::newRow("model state") << 400 << PD::modelStateProblem({{u"return"_s, {u"System not found"_s}}})
                                 << Kind::ModelStateProblem << QString() << validationMessage << QString()
                                 << modelState << StringMap();
}

void TestProblemDetails::roundTrip()
{
    QFETCH(int, status);
    QFETCH(QJsonObject, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, traceId);
    QFETCH(QList<FieldError>, fieldErrors);
    QFETCH(StringMap, extensions);

    // What the sandbox serves must read back as what it meant.
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const ApiError error = ApiError::fromHttp(status, QByteArrayLiteral("application/problem+json"), bytes);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.traceId, traceId);
    QCOMPARE(error.fieldErrors, fieldErrors);
    QCOMPARE(error.extensions, extensions);
}

QTEST_GUILESS_MAIN(TestProblemDetails)
#include "TestProblemDetails.moc"
