#include "net/OneShotBody.h"

#include <algorithm>
#include <cstring>

namespace Altinn {

OneShotBody::OneShotBody(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    // Unbuffered, as QBuffer is: pos() in readData() is then where the next byte comes from.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 position = pos();
    const qint64 count = std::clamp<qint64>(m_body.size() - position, 0, maxSize);
    if (count > 0)
        std::memcpy(data, m_body.constData() + position, static_cast<size_t>(count));
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Altinn
