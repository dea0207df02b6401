#include "secrets/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

QString SecretStore::keyFor(const QString &profileId, const QString &environment, const QString &kid)
{
    return u"profile/"_s + profileId + u'/' + environment + u"/key/"_s + kid;
}

QString SecretStore::explain(Status status)
{
    // Each cause has its own remedy: "generate a new key" is only ever advised when the key is really gone,
    // because a new key replaces the one registered with Maskinporten.
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("The key is not in the keychain. If you kept a backup of it, import it again; otherwise "
                  "generate a new key and register its public key again, in place of the old one.");
    case Status::Unavailable:
        return tr(
            "No keychain service is running on this computer, so the key cannot be kept safely. Start one, "
            "or install one — GNOME Keyring (the gnome-keyring package), KWallet, or KeePassXC with its "
            "Secret Service integration turned on — then try again.");
    case Status::NoSession:
        return tr(
            "There is no desktop session (no D-Bus session bus), so no keychain can be reached. Run this in "
            "a desktop session; in a terminal or over SSH, start one first, for example with "
            "\"dbus-run-session -- bash\", and unlock a keyring in it with \"gnome-keyring-daemon "
            "--unlock\".");
    case Status::Locked:
        return tr(
            "The keychain is locked. Unlock it (in your keyring or password manager, or by logging out and "
            "in again), then try again. Keys already in it are safe: there is no need to generate or import "
            "them again.");
    case Status::Denied:
        return tr(
            "The keychain refused access. Allow this program to use the keychain when it asks (or in the "
            "keychain's settings), then try again.");
    case Status::TimedOut:
        return tr(
            "The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try "
            "again.");
    case Status::Damaged:
        return tr(
            "The key's entry in the keychain is damaged or incomplete. Import the key again from its backup, "
            "or generate a new key and register its public key again.");
    case Status::Failed:
        return tr(
            "The keychain reported an error. Try again; if it keeps failing, restart the keychain service.");
    }
    return {};
}
