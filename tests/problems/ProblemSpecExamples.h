#pragma once

#include <QByteArray>
#include <QString>

// Reference problem bodies (docs/altinn-behaviour.md#error-bodies), verbatim, shared by the parser and
// builder tests. Apostrophes are written as the JSON escape \u0027 because moc 6.4 misreads a lone ' (and a
// `//`) inside raw string literals; include this header after the test class declaration.
namespace ProblemSpecExamples {

inline const QString auth00004Message =
    QStringLiteral("Failed to create new SystemUser, existing SystemUser tied to the given System-Id.");

// docs/altinn-behaviour.md#problem-v5
inline const QByteArray v5Problem = QByteArray(R"json({
  "type": "urn:altinn:error:AUTH-00004",
  "title": "Failed to create new SystemUser, existing SystemUser tied to the given System-Id.",
  "status": 400,
  "code": "AUTH-00004",
  "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
  "statusDescription": "Bad Request"
})json");

// docs/altinn-behaviour.md#problem-v4
inline const QByteArray v4Problem = QByteArray(R"json({
  "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
  "title": "Bad Request",
  "status": 400,
  "detail": "Failed to create new SystemUser, existing SystemUser tied to the given System-Id.",
  "code": "AUTH-00004"
})json");

// docs/altinn-behaviour.md#validation-problems (including the elided trace id)
inline const QByteArray v5Validation = QByteArray(R"json({
  "type": "urn:altinn:error:STD-00000",
  "title": "One or more validation errors occurred.",
  "status": 400,
  "code": "STD-00000",
  "traceId": "00-…-01",
  "statusDescription": "Bad Request",
  "validationErrors": [
    {
      "code": "AUTH.VLD-00002",
      "title": "The system id already exists",
      "paths": ["/registersystemrequest/systemid"]
    },
    {
      "code": "AUTH.VLD-00003",
      "title": "One or more resources specified in rights were not found in Altinn\u0027s resource register.",
      "paths": ["/registersystemrequest/rights/resource"],
      "ResourceIds Not Found : ": "foo-resource | bar-resource"
    }
  ]
})json");

} // namespace ProblemSpecExamples
