#include "ProblemSpecExamples.h"
#include "model/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiError;
using Altinn::FieldError;
using Kind = Altinn::ApiError::BodyKind;
using StringMap = QMap<QString, QString>; // QFETCH cannot take a type with a comma

// moc 6.4 does not understand raw string literals: it takes their inner quotes for string ends, so a `//` in
// a URL or a lone ' can swallow the rest of the file. The test class is therefore declared before any raw
// string, and apostrophes inside raw strings are written as the JSON escape \u0027.
class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyBody_data();
    void emptyBody();
    void v5SingleProblem();
    void v5ProblemExtensions_data();
    void v5ProblemExtensions();
    void v4SingleProblem();
    void messageRule_data();
    void messageRule();
    void v5ValidationProblem();
    void v4ValidationProblem();
    void validationEntryMessageRule_data();
    void validationEntryMessageRule();
    void aspNetDefaultProblem_data();
    void aspNetDefaultProblem();
    void modelStateProblem();
    void deleteSystemNotFound_data();
    void deleteSystemNotFound();
    void plainText_data();
    void plainText();
    void kindDetection_data();
    void kindDetection();
    void memberNamesIgnoreCase();
    void statusComesFromTheResponse();
    void hasCode_data();
    void hasCode();
};

namespace {
QString describe(const FieldError &error)
{
    QStringList extras;
    for (auto it = error.extras.constBegin(); it != error.extras.constEnd(); ++it)
        extras.append(it.key() + u'=' + it.value());
    return u"FieldError{code=%1, message=%2, paths=[%3], extras={%4}}"_s.arg(
        error.code, error.message, error.paths.join(u", "_s), extras.join(u", "_s));
}
} // namespace

namespace Altinn {
// Readable QCOMPARE failures (QTest finds these by argument-dependent lookup).
char *toString(const FieldError &error);
char *toString(ApiError::BodyKind kind);

char *toString(const FieldError &error)
{
    return qstrdup(describe(error).toUtf8().constData());
}

char *toString(ApiError::BodyKind kind)
{
    switch (kind) {
    case ApiError::BodyKind::Empty:
        return qstrdup("Empty");
    case ApiError::BodyKind::AltinnProblem:
        return qstrdup("AltinnProblem");
    case ApiError::BodyKind::ValidationProblem:
        return qstrdup("ValidationProblem");
    case ApiError::BodyKind::AspNetProblem:
        return qstrdup("AspNetProblem");
    case ApiError::BodyKind::ModelStateProblem:
        return qstrdup("ModelStateProblem");
    case ApiError::BodyKind::PlainText:
        return qstrdup("PlainText");
    }
    return qstrdup("?");
}
} // namespace Altinn

namespace {
const QByteArray problemJson = QByteArrayLiteral("application/problem+json; charset=utf-8");
const QByteArray textPlain = QByteArrayLiteral("text/plain; charset=utf-8");

using ProblemSpecExamples::auth00004Message;
const QByteArray &specV5Problem = ProblemSpecExamples::v5Problem;
const QByteArray &specV4Problem = ProblemSpecExamples::v4Problem;
const QByteArray &specV5Validation = ProblemSpecExamples::v5Validation;
const QString validationMessage = u"One or more validation errors occurred."_s;

// docs/altinn-behaviour.md#validation-problems, v4 variant: Bad Request title, the message in detail, entries
// with detail instead of title.
const QByteArray specV4Validation = QByteArray(R"json({
  "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
  "title": "Bad Request",
  "status": 400,
  "detail": "One or more validation errors occurred.",
  "code": "STD-00000",
  "validationErrors": [
    {
      "code": "AUTH.VLD-00002",
      "detail": "The system id already exists",
      "paths": ["/registersystemrequest/systemid"]
    },
    {
      "code": "AUTH.VLD-00008",
      "detail": "One or more access packages were not found or cannot be delegated.",
      "paths": ["/registersystemrequest/accesspackages"],
      "Invalid Urn Details : ": "Invalid format: x | Not found: urn:altinn:accesspackage:y"
    }
  ]
})json");

QList<FieldError> specV5FieldErrors()
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

void TestApiError::emptyBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("401 challenge") << 401 << QByteArray() << QByteArray();
    QTest::newRow("403 with problem content type") << 403 << problemJson << QByteArray();
    QTest::newRow("whitespace only") << 401 << textPlain << QByteArray(" \r\n\t");
}

void TestApiError::emptyBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);

    const ApiError error = ApiError::fromHttp(status, contentType, body);
    QCOMPARE(error.kind, Kind::Empty);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.message.isEmpty());
    QVERIFY(error.code.isEmpty());
    QVERIFY(error.fieldErrors.isEmpty());
    QCOMPARE(error.rawBody, body);
}

void TestApiError::v5SingleProblem()
{
    const ApiError error = ApiError::fromHttp(400, problemJson, specV5Problem);
    QCOMPARE(error.kind, Kind::AltinnProblem);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, u"AUTH-00004"_s);
    QCOMPARE(error.message, auth00004Message);
    QCOMPARE(error.type, u"urn:altinn:error:AUTH-00004"_s);
    QCOMPARE(error.title, auth00004Message);
    QVERIFY(error.detail.isEmpty());
    QCOMPARE(error.traceId, u"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"_s);
    QCOMPARE(error.statusDescription, u"Bad Request"_s);
    QVERIFY(error.fieldErrors.isEmpty());
    // Standard members (status, statusDescription, traceId …) are not extensions.
    QVERIFY2(error.extensions.isEmpty(), qPrintable(error.extensions.keys().join(u", "_s)));
    QCOMPARE(error.rawBody, specV5Problem);
}

void TestApiError::v5ProblemExtensions_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("AUTH-00063 NotFoundPackages")
        << QByteArray(R"json({
        "type": "urn:altinn:error:AUTH-00063",
        "title": "One or more access packages are not among the system\u0027s access packages.",
        "status": 400,
        "code": "AUTH-00063",
        "traceId": "00-aa-01",
        "statusDescription": "Bad Request",
        "NotFoundPackages": "urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"
    })json")
        << u"AUTH-00063"_s << u"NotFoundPackages"_s
        << u"urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"_s;
    QTest::newRow("AUTH-00065 NotDelegablePackages as array")
        << QByteArray(R"json({
        "type": "urn:altinn:error:AUTH-00065",
        "title": "The access package is not intended for client relationships.",
        "status": 400,
        "code": "AUTH-00065",
        "statusDescription": "Bad Request",
        "NotDelegablePackages": ["urn:altinn:accesspackage:a", "urn:altinn:accesspackage:b"]
    })json")
        << u"AUTH-00065"_s << u"NotDelegablePackages"_s
        << u"urn:altinn:accesspackage:a, urn:altinn:accesspackage:b"_s;
}

void TestApiError::v5ProblemExtensions()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const ApiError error = ApiError::fromHttp(400, problemJson, body);
    QCOMPARE(error.kind, Kind::AltinnProblem);
    QCOMPARE(error.code, code);
    const QMap<QString, QString> expected{{key, value}};
    QCOMPARE(error.extensions, expected);
}

void TestApiError::v4SingleProblem()
{
    const ApiError error = ApiError::fromHttp(400, problemJson, specV4Problem);
    QCOMPARE(error.kind, Kind::AltinnProblem);
    QCOMPARE(error.code, u"AUTH-00004"_s);
    // v4 keeps the message in detail; "Bad Request" is only ASP.NET's default title.
    QCOMPARE(error.message, auth00004Message);
    QCOMPARE(error.title, u"Bad Request"_s);
    QCOMPARE(error.detail, auth00004Message);
    QCOMPARE(error.type, u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s);
    QVERIFY(error.traceId.isEmpty());
    QVERIFY(error.statusDescription.isEmpty());
    QVERIFY(error.extensions.isEmpty());
}

void TestApiError::messageRule_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("message");

    const QString rfc = u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s;
    QTest::newRow("urn type: title wins over detail")
        << u"urn:altinn:error:AUTH-00007"_s << u"Pending request"_s << u"Instance detail"_s
        << u"Pending request"_s;
    QTest::newRow("URN type in capitals still counts")
        << u"URN:ALTINN:ERROR:AUTH-00007"_s << u"Pending request"_s << u"Instance detail"_s
        << u"Pending request"_s;
    QTest::newRow("urn type without title falls back to detail")
        << u"urn:altinn:error:AUTH-00007"_s << QString() << u"Instance detail"_s << u"Instance detail"_s;
    QTest::newRow("rfc type: detail wins over title")
        << rfc << u"Bad Request"_s << u"Pending"_s << u"Pending"_s;
    QTest::newRow("rfc type without detail falls back to title")
        << rfc << u"Bad Request"_s << QString() << u"Bad Request"_s;
    QTest::newRow("no type: detail") << QString() << u"Bad Request"_s << u"Pending"_s << u"Pending"_s;
}

void TestApiError::messageRule()
{
    QFETCH(QString, type);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, message);

    QJsonObject object{{u"status"_s, 400}, {u"code"_s, u"AUTH-00007"_s}};
    if (!type.isNull())
        object.insert(u"type"_s, type);
    if (!title.isNull())
        object.insert(u"title"_s, title);
    if (!detail.isNull())
        object.insert(u"detail"_s, detail);

    const ApiError error = ApiError::fromHttp(400, problemJson, QJsonDocument(object).toJson());
    QCOMPARE(error.kind, Kind::AltinnProblem);
    QCOMPARE(error.message, message);
}

void TestApiError::v5ValidationProblem()
{
    const ApiError error = ApiError::fromHttp(400, problemJson, specV5Validation);
    QCOMPARE(error.kind, Kind::ValidationProblem);
    QCOMPARE(error.code, u"STD-00000"_s);
    QCOMPARE(error.message, validationMessage);
    QCOMPARE(error.traceId, u"00-…-01"_s);
    QCOMPARE(error.fieldErrorCodes(), (QStringList{u"AUTH.VLD-00002"_s, u"AUTH.VLD-00003"_s}));
    const QList<FieldError> expected = specV5FieldErrors();
    QCOMPARE(error.fieldErrors.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(error.fieldErrors.at(i), expected.at(i));
    QVERIFY(error.extensions.isEmpty());
}

void TestApiError::v4ValidationProblem()
{
    const ApiError error = ApiError::fromHttp(400, problemJson, specV4Validation);
    QCOMPARE(error.kind, Kind::ValidationProblem);
    QCOMPARE(error.code, u"STD-00000"_s);
    QCOMPARE(error.message, validationMessage);
    QCOMPARE(error.title, u"Bad Request"_s);
    QCOMPARE(error.fieldErrors.size(), 2);
    QCOMPARE(error.fieldErrors.at(0),
        (FieldError{u"AUTH.VLD-00002"_s, u"The system id already exists"_s,
            {u"/registersystemrequest/systemid"_s}, {}}));
    QCOMPARE(error.fieldErrors.at(1),
        (FieldError{u"AUTH.VLD-00008"_s,
            u"One or more access packages were not found or cannot be delegated."_s,
            {u"/registersystemrequest/accesspackages"_s},
            {{u"Invalid Urn Details : "_s,
                u"Invalid format: x | Not found: urn:altinn:accesspackage:y"_s}}}));
}

void TestApiError::validationEntryMessageRule_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("message");
    QTest::addColumn<StringMap>("extras");

    const QString urn = u"urn:altinn:error:STD-00000"_s;
    const QString rfc = u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s;
    const QString title = u"A redirect URL is not valid"_s;
    const QString detail = u"http://localhost is not https"_s;
    // v5 entries may add an instance detail beside the title: the title is the message, the detail is kept.
    QTest::newRow("v5: title, detail kept")
        << urn << title << detail << title << StringMap{{u"detail"_s, detail}};
    QTest::newRow("v5: title only") << urn << title << QString() << title << StringMap();
    QTest::newRow("v5: detail only") << urn << QString() << detail << detail << StringMap();
    QTest::newRow("v4: detail, title kept")
        << rfc << title << detail << detail << StringMap{{u"title"_s, title}};
    QTest::newRow("v4: detail only") << rfc << QString() << detail << detail << StringMap();
    QTest::newRow("v4: title only") << rfc << title << QString() << title << StringMap();
}

void TestApiError::validationEntryMessageRule()
{
    QFETCH(QString, type);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, message);
    QFETCH(StringMap, extras);

    QJsonObject entry{{u"code"_s, u"AUTH.VLD-00005"_s},
        {u"paths"_s, QJsonArray{u"/registersystemrequest/allowedredirecturls"_s}}};
    if (!title.isNull())
        entry.insert(u"title"_s, title);
    if (!detail.isNull())
        entry.insert(u"detail"_s, detail);
    const QJsonObject body{{u"type"_s, type}, {u"status"_s, 400}, {u"code"_s, u"STD-00000"_s},
        {u"validationErrors"_s, QJsonArray{entry}}};

    const ApiError error = ApiError::fromHttp(400, problemJson, QJsonDocument(body).toJson());
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.first().message, message);
    QCOMPARE(error.fieldErrors.first().extras, extras);
}

void TestApiError::aspNetDefaultProblem_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("traceId");

    // docs/altinn-behaviour.md#other-error-bodies, with the elided trace id filled in.
    QTest::newRow("404 NotFound()")
        << 404
        << QByteArray(R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5",)json"
                      R"json("title":"Not Found","status":404,"traceId":"00-abc-01"})json")
        << u"Not Found"_s << u"00-abc-01"_s;
    QTest::newRow("400 BadRequest(), no trace id")
        << 400
        << QByteArray(
               R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Bad Request","status":400})json")
        << u"Bad Request"_s << QString();
    QTest::newRow("401 Unauthorized()")
        << 401
        << QByteArray(
               R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.2","title":"Unauthorized",)json"
               R"json("status":401,"traceId":"00-def-01"})json")
        << u"Unauthorized"_s << u"00-def-01"_s;
}

void TestApiError::aspNetDefaultProblem()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, title);
    QFETCH(QString, traceId);

    const ApiError error = ApiError::fromHttp(status, problemJson, body);
    QCOMPARE(error.kind, Kind::AspNetProblem);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.code.isEmpty());
    QCOMPARE(error.message, title);
    QCOMPARE(error.traceId, traceId);
    QVERIFY(error.type.startsWith(u"https://tools.ietf.org/html/rfc9110#section-"_s));
    QVERIFY(error.fieldErrors.isEmpty());
    QVERIFY(error.extensions.isEmpty());
}

void TestApiError::modelStateProblem()
{
    // docs/altinn-behaviour.md#other-error-bodies, body-binding failure: one FieldError per message, the key
    // as its path.
    const QByteArray body(R"json({
        "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        "title": "One or more validation errors occurred.",
        "status": 400,
        "errors": {
            "$.rights": ["The JSON value could not be converted to System.Collections.Generic.List`1[Right]."],
            "SystemId": ["The SystemId field is required.", "The field SystemId must be a string."]
        },
        "traceId": "00-4bf9-01"
    })json");
    const ApiError error = ApiError::fromHttp(400, problemJson, body);
    QCOMPARE(error.kind, Kind::ModelStateProblem);
    QVERIFY(error.code.isEmpty());
    QCOMPARE(error.message, validationMessage);
    QCOMPARE(error.traceId, u"00-4bf9-01"_s);
    QVERIFY(error.extensions.isEmpty());

    QList<FieldError> expected{
        {{}, u"The JSON value could not be converted to System.Collections.Generic.List`1[Right]."_s,
            {u"$.rights"_s}, {}},
        {{}, u"The SystemId field is required."_s, {u"SystemId"_s}, {}},
        {{}, u"The field SystemId must be a string."_s, {u"SystemId"_s}, {}},
    };
    QCOMPARE(error.fieldErrors.size(), expected.size());
    for (const FieldError &fieldError : expected)
        QVERIFY2(error.fieldErrors.contains(fieldError), qPrintable(describe(fieldError)));
    QCOMPARE(error.fieldErrorCodes(), (QStringList{QString(), QString(), QString()}));
}

void TestApiError::deleteSystemNotFound_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    // What ValidationProblem(ModelState) writes for DELETE of an unknown system
    // (docs/altinn-behaviour.md#delete-a-system).
    QTest::newRow("full ASP.NET shape")
        << QByteArray(R"json({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1",)json"
                      R"json("title":"One or more validation errors occurred.","status":400,)json"
                      R"json("errors":{"return":["System not found"]},"traceId":"00-1-01"})json")
        << validationMessage;
    // Bare errors object: with no title the field messages are all there is to show.
    QTest::newRow("bare errors object")
        << QByteArray(R"json({"errors":{"return":["System not found"]}})json") << u"System not found"_s;
}

void TestApiError::deleteSystemNotFound()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const ApiError error = ApiError::fromHttp(400, problemJson, body);
    QCOMPARE(error.kind, Kind::ModelStateProblem);
    QCOMPARE(error.message, message);
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.first(), (FieldError{QString(), u"System not found"_s, {u"return"_s}, {}}));
}

void TestApiError::plainText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("PUT system 404 (plain text)")
        << 404 << textPlain << QByteArray("System with ID 'x' not found.")
        << u"System with ID 'x' not found."_s;
    QTest::newRow("POST system 409, trailing newline")
        << 409 << QByteArrayLiteral("text/plain")
        << QByteArray("The System already exist: 991825827_smartcloud\n")
        << u"The System already exist: 991825827_smartcloud"_s;
    QTest::newRow("500 exception text")
        << 500 << textPlain
        << QByteArray("  Npgsql.PostgresException: 23502: null value in column \"name\" violates not-null "
                      "constraint\r\n")
        << u"Npgsql.PostgresException: 23502: null value in column \"name\" violates not-null constraint"_s;
    QTest::newRow("UTF-8 text") << 400 << textPlain << QByteArray("Systemet finnes ikke – æøå")
                                << u"Systemet finnes ikke – æøå"_s;
    QTest::newRow("text/plain is taken as text even when it looks like JSON")
        << 400 << textPlain << QByteArray(R"json({"code":"AUTH-00004"})json")
        << QString::fromUtf8(R"json({"code":"AUTH-00004"})json");
    QTest::newRow("invalid JSON under application/json")
        << 400 << QByteArrayLiteral("application/json")
        << QByteArray(R"json({"type":"urn:altinn:error:AUTH-00004",)json")
        << QString::fromUtf8(R"json({"type":"urn:altinn:error:AUTH-00004",)json");
    QTest::newRow("JSON string body: NotFound(\"text\") negotiated to JSON")
        << 404 << QByteArrayLiteral("application/json; charset=utf-8")
        << QByteArray(R"json("System with ID \u0027x\u0027 not found.")json")
        << u"System with ID 'x' not found."_s;
    QTest::newRow("JSON number") << 500 << QByteArrayLiteral("application/json") << QByteArray("42")
                                 << u"42"_s;
    QTest::newRow("JSON array") << 400 << QByteArrayLiteral("application/json")
                                << QByteArray(R"json(["a"])json") << QString::fromUtf8(R"json(["a"])json");
    QTest::newRow("HTML without content type")
        << 502 << QByteArray() << QByteArray("<html>Bad Gateway</html>") << u"<html>Bad Gateway</html>"_s;
}

void TestApiError::plainText()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const ApiError error = ApiError::fromHttp(status, contentType, body);
    QCOMPARE(error.kind, Kind::PlainText);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QVERIFY(error.code.isEmpty());
    QVERIFY(error.fieldErrors.isEmpty());
    QCOMPARE(error.rawBody, body);
}

void TestApiError::kindDetection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("code only") << QByteArray(R"json({"code":"AUTH-00011","detail":"System not found"})json")
                               << Kind::AltinnProblem;
    QTest::newRow("STD-00000 with empty list")
        << QByteArray(R"json({"code":"STD-00000","title":"x","validationErrors":[]})json")
        << Kind::ValidationProblem;
    QTest::newRow("STD-00000 without list")
        << QByteArray(R"json({"code":"STD-00000","title":"x"})json") << Kind::ValidationProblem;
    QTest::newRow("validationErrors without code")
        << QByteArray(R"json({"title":"x","validationErrors":[{"code":"AUTH.VLD-00001","title":"y"}]})json")
        << Kind::ValidationProblem;
    QTest::newRow("errors object") << QByteArray(R"json({"errors":{"id":["required"]}})json")
                                   << Kind::ModelStateProblem;
    QTest::newRow("title only") << QByteArray(R"json({"title":"Forbidden","status":403})json")
                                << Kind::AspNetProblem;
    QTest::newRow("null code is absent")
        << QByteArray(R"json({"title":"Not Found","code":null})json") << Kind::AspNetProblem;
    QTest::newRow("unrelated object") << QByteArray(R"json({"succeeded":false})json") << Kind::PlainText;
    QTest::newRow("empty object") << QByteArray("{}") << Kind::PlainText;
}

void TestApiError::kindDetection()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);

    const ApiError error = ApiError::fromHttp(400, problemJson, body);
    QCOMPARE(error.kind, kind);
    if (kind == Kind::PlainText)
        QCOMPARE(error.message, QString::fromUtf8(body));
}

void TestApiError::memberNamesIgnoreCase()
{
    const QByteArray body(R"json({
        "Type": "urn:altinn:error:STD-00000",
        "TITLE": "One or more validation errors occurred.",
        "Status": 400,
        "CODE": "STD-00000",
        "TraceID": "00-up-01",
        "StatusDescription": "Bad Request",
        "ValidationErrors": [
            {"Code": "AUTH.VLD-00013", "Title": "The system id contains spaces", "PATHS": ["/registersystemrequest/systemid"]}
        ]
    })json");
    const ApiError error = ApiError::fromHttp(400, problemJson, body);
    QCOMPARE(error.kind, Kind::ValidationProblem);
    QCOMPARE(error.code, u"STD-00000"_s);
    QCOMPARE(error.message, validationMessage);
    QCOMPARE(error.traceId, u"00-up-01"_s);
    QCOMPARE(error.statusDescription, u"Bad Request"_s);
    QVERIFY2(error.extensions.isEmpty(), qPrintable(error.extensions.keys().join(u", "_s)));
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.first(),
        (FieldError{u"AUTH.VLD-00013"_s, u"The system id contains spaces"_s,
            {u"/registersystemrequest/systemid"_s}, {}}));

    const ApiError v4 = ApiError::fromHttp(400, problemJson,
        QByteArray(
            R"json({"TYPE":"https://tools.ietf.org/html/rfc9110#section-15.5.1","Title":"Bad Request",)json"
            R"json("Detail":"Pending request","Code":"AUTH-00007"})json"));
    QCOMPARE(v4.code, u"AUTH-00007"_s);
    QCOMPARE(v4.message, u"Pending request"_s);
}

void TestApiError::statusComesFromTheResponse()
{
    // The HTTP status is the truth; a body that claims otherwise (a proxy, a stale cache) does not change it.
    const ApiError error = ApiError::fromHttp(404, problemJson, specV5Problem);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(error.code, u"AUTH-00004"_s);
}

void TestApiError::hasCode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");

    QTest::newRow("top-level code") << specV5Problem << u"AUTH-00004"_s << true;
    QTest::newRow("other top-level code") << specV5Problem << u"AUTH-00007"_s << false;
    QTest::newRow("first field error") << specV5Validation << u"AUTH.VLD-00002"_s << true;
    QTest::newRow("second field error") << specV5Validation << u"AUTH.VLD-00003"_s << true;
    QTest::newRow("wrapper code") << specV5Validation << u"STD-00000"_s << true;
    QTest::newRow("absent field error") << specV5Validation << u"AUTH.VLD-00004"_s << false;
    QTest::newRow("v4 field error") << specV4Validation << u"AUTH.VLD-00008"_s << true;
    QTest::newRow("empty never matches model-state errors")
        << QByteArray(R"json({"errors":{"return":["System not found"]}})json") << QString() << false;
}

void TestApiError::hasCode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(bool, expected);

    QCOMPARE(ApiError::fromHttp(400, problemJson, body).hasCode(code), expected);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
