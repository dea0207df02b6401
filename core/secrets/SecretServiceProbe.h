#pragma once

#include <QString>

#include <functional>

class QObject;

/**
 * Asks the Secret Service (org.freedesktop.secrets on the D-Bus session bus) what stands behind a failed
 * keychain job. qtkeychain's libsecret backend reports a locked collection as "entry not found" on a read
 * and "access denied" on a write, and a missing service or session bus only as "other error"; the
 * Secret Service itself tells these apart without prompting anyone
 * (docs/altinn-behaviour.md#desktop-practices). Only asks, never starts a service. Where there is no D-Bus
 * (macOS, Windows) the answer is always Unknown.
 */
class SecretServiceProbe
{
public:
    enum class Finding {
        Unknown, ///< could not tell (no D-Bus support, or the service did not answer)
        NoSessionBus, ///< no D-Bus session bus to ask
        NoService, ///< the session bus has no Secret Service running
        Locked, ///< the entry is in a locked collection, or (not found) the default collection is locked
        NotLocked, ///< neither the entry nor the default collection is locked
    };

    /// Looks for the entry @p key of @p service (qtkeychain's "user" and "server" attributes) and the
    /// default collection; @p done gets the finding once, on a later event-loop turn, unless @p context
    /// is gone by then.
    static void check(
        const QString &service, const QString &key, QObject *context, std::function<void(Finding)> done);
};
