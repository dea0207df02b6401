#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Altinn {

/**
 * A request body Qt can send only once. Qt 6.4 silently sends a request again — POST included — when the
 * connection closes before the first byte of the answer, after resetting its body device
 * (docs/altinn-behaviour.md#desktop-practices). A write that reached the server would then be carried out
 * twice, and a Maskinporten grant used twice is refused (MP-012). This device refuses the reset, so Qt ends
 * the reply with QNetworkReply::ContentReSendError instead, and the caller decides (the transport reports
 * the answer as lost; the token client signs a new grant).
 */
class OneShotBody final : public QIODevice
{
public:
    /// Open for reading; hand it to QNetworkAccessManager with the reply as its parent.
    explicit OneShotBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    /// Always false: a second send of this body would go out without anyone having decided it.
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
};

} // namespace Altinn
