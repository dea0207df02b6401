#include "model/RequestStatus.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Altinn::RequestStatuses {

namespace {
constexpr std::array<std::pair<RequestStatus, QStringView>, 6> WireNames{{
    {RequestStatus::New, u"New"},
    {RequestStatus::Accepted, u"Accepted"},
    {RequestStatus::Rejected, u"Rejected"},
    {RequestStatus::Denied, u"Denied"},
    {RequestStatus::Timedout, u"Timedout"},
    {RequestStatus::NoChangeNeeded, u"NoChangeNeeded"},
}};
} // namespace

RequestStatus fromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto &[status, name] : WireNames) {
        if (trimmed.compare(name, Qt::CaseInsensitive) == 0)
            return status;
    }
    return RequestStatus::Unknown;
}

QString toString(RequestStatus status)
{
    for (const auto &[known, name] : WireNames) {
        if (known == status)
            return name.toString();
    }
    return u"Unknown"_s;
}

QString toWireString(RequestStatus status, const QString &receivedText)
{
    if (status == RequestStatus::Unknown && !receivedText.isEmpty())
        return receivedText;
    return toString(status);
}

bool isFinal(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Accepted:
    case RequestStatus::Rejected:
    case RequestStatus::Denied:
    case RequestStatus::Timedout:
        return true;
    case RequestStatus::New:
    case RequestStatus::NoChangeNeeded:
    case RequestStatus::Unknown:
        return false;
    }
    return false;
}

} // namespace Altinn::RequestStatuses
