#include "secrets/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

QString SecretStore::keyFor(const QString &profileId, const QString &environment, const QString &kid)
{
    return u"profile/"_s + profileId + u'/' + environment + u"/key/"_s + kid;
}

QString SecretStore::explain(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("The key is not in the keychain. Generate or import it again.");
    case Status::Unavailable:
        return tr(
            "No keychain is available on this computer, so the key cannot be saved safely. You can keep it "
            "for this run only, or install and start a keychain service (for example GNOME Keyring or "
            "KWallet) and try again.");
    case Status::Denied:
        return tr(
            "The keychain is locked or does not give access. Unlock it (you may be asked for your login "
            "password) and try again.");
    case Status::TimedOut:
        return tr(
            "The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try "
            "again.");
    case Status::Failed:
        return tr(
            "The keychain reported an error. Try again; if it keeps failing, restart the keychain service.");
    }
    return {};
}
