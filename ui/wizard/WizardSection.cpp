#include "wizard/WizardSection.h"

#include "common/OperationStatus.h"
#include "wizard/WizardContext.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QLabel *WizardSection::valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

void WizardSection::alignLabelColumns(const QList<QGridLayout *> &grids)
{
    int width = 0;
    for (const QGridLayout *grid : grids) {
        for (int row = 0; row < grid->rowCount(); ++row) {
            if (const QLayoutItem *item = grid->itemAtPosition(row, 0); item && item->widget())
                width = qMax(width, item->widget()->sizeHint().width());
        }
    }
    for (QGridLayout *grid : grids)
        grid->setColumnMinimumWidth(0, width);
}

bool WizardSection::isClientIdValid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

bool WizardSection::isLocalEnvironment(const WizardContext *context)
{
    const Altinn::Environment environment = context->environment();
    return context->profile().environment == u"sandbox" || (environment.isValid() && environment.isLocal());
}

bool WizardSection::hasUsableKey(const WizardContext *context)
{
    const Profile profile = context->profile();
    return profile.hasKey() && (profile.keyPersistent || !context->signingKey().isNull());
}

void WizardSection::withSigningKey(WizardContext *context, QObject *receiver, OperationStatus *status,
    std::function<void(const RsaKey &)> then, std::function<void()> failed)
{
    const RsaKey inMemory = context->signingKey();
    if (!inMemory.isNull()) {
        then(inMemory);
        return;
    }
    status->showBusy(tr("Reading the key from the keychain…"));
    context->loadSigningKey(
        receiver, [status, then, failed](const RsaKey &key, const SecretStore::Result &result) {
            if (!result.ok() || key.isNull()) {
                status->showError(
                    SecretStore::explain(result.ok() ? SecretStore::Status::Damaged : result.status));
                if (failed)
                    failed();
                return;
            }
            status->clear();
            then(key);
        });
}

void WizardSection::stopEditingSignals(QWidget *page)
{
    for (QLineEdit *edit : page->findChildren<QLineEdit *>())
        QObject::disconnect(edit, &QLineEdit::editingFinished, nullptr, nullptr);
}
