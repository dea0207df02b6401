#include "secrets/SecretServiceProbe.h"

#include <QMetaObject>
#include <QObject>

#ifdef SYSTEMUSER_SECRET_SERVICE_PROBE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QList>
#include <QMap>
#endif

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

using Finding = SecretServiceProbe::Finding;
using Done = std::function<void(Finding)>;

[[maybe_unused]] void answerLater(QObject *context, Done done, Finding finding)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), finding] { done(finding); }, Qt::QueuedConnection);
}

#ifdef SYSTEMUSER_SECRET_SERVICE_PROBE

const auto SecretsName = u"org.freedesktop.secrets"_s;
const auto SecretsPath = u"/org/freedesktop/secrets"_s;
const auto ServiceInterface = u"org.freedesktop.Secret.Service"_s;
// A local daemon answers at once; one that hangs must not use up the keychain operation's own timeout.
constexpr int CallTimeoutMs = 3000;

bool isAnswer(const QDBusMessage &reply, qsizetype arguments)
{
    return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() >= arguments;
}

/// Sends @p message on the session bus; @p handle gets the reply (or the error) while @p context lives.
void ask(const QDBusMessage &message, QObject *context, std::function<void(const QDBusMessage &)> handle)
{
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message, CallTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [handle = std::move(handle)](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            handle(finished->reply());
        });
}

/// Whether the collection qtkeychain writes to ("default") is locked.
void checkDefaultCollection(QObject *context, Done done)
{
    QDBusMessage alias =
        QDBusMessage::createMethodCall(SecretsName, SecretsPath, ServiceInterface, u"ReadAlias"_s);
    alias << u"default"_s;
    ask(alias, context, [context, done](const QDBusMessage &reply) {
        if (!isAnswer(reply, 1)) {
            done(Finding::Unknown);
            return;
        }
        const QString path = qdbus_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
        if (path.isEmpty() || path == u"/") {
            done(Finding::NotLocked); // no default collection yet: nothing locked stands in the way
            return;
        }
        QDBusMessage get =
            QDBusMessage::createMethodCall(SecretsName, path, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        ask(get, context, [done](const QDBusMessage &answer) {
            if (!isAnswer(answer, 1)) {
                done(Finding::Unknown);
                return;
            }
            const bool locked = qdbus_cast<QDBusVariant>(answer.arguments().constFirst()).variant().toBool();
            done(locked ? Finding::Locked : Finding::NotLocked);
        });
    });
}

/// SearchItems sees entries in locked collections too (without prompting): it tells "locked" from "gone".
void findEntry(const QString &service, const QString &key, QObject *context, Done done)
{
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>(); // a{ss}
    Q_UNUSED(registered)
    QDBusMessage search =
        QDBusMessage::createMethodCall(SecretsName, SecretsPath, ServiceInterface, u"SearchItems"_s);
    search << QVariant::fromValue(QMap<QString, QString>{{u"user"_s, key}, {u"server"_s, service}});
    ask(search, context, [context, done](const QDBusMessage &reply) {
        if (isAnswer(reply, 2)) {
            const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
            const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
            if (!locked.isEmpty()) {
                done(Finding::Locked);
                return;
            }
            if (!unlocked.isEmpty()) {
                done(Finding::NotLocked);
                return;
            }
        }
        // Not found (a password manager may hide the entries of a locked database): is the collection locked?
        checkDefaultCollection(context, done);
    });
}

#endif

} // namespace

void SecretServiceProbe::check(
    const QString &service, const QString &key, QObject *context, std::function<void(Finding)> done)
{
#ifdef SYSTEMUSER_SECRET_SERVICE_PROBE
    if (!QDBusConnection::sessionBus().isConnected()) {
        answerLater(context, std::move(done), Finding::NoSessionBus);
        return;
    }
    // NameHasOwner, not a call to the service: asking must not start a keyring daemon.
    QDBusMessage hasOwner = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    hasOwner << SecretsName;
    ask(hasOwner, context, [service, key, context, done](const QDBusMessage &reply) {
        if (!isAnswer(reply, 1)) {
            done(Finding::Unknown);
            return;
        }
        if (!reply.arguments().constFirst().toBool()) {
            done(Finding::NoService);
            return;
        }
        if (key.isEmpty())
            checkDefaultCollection(context, done);
        else
            findEntry(service, key, context, done);
    });
#else
    Q_UNUSED(service)
    Q_UNUSED(key)
    answerLater(context, std::move(done), Finding::Unknown);
#endif
}
